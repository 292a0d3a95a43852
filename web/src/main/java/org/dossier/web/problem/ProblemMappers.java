package org.dossier.web.problem;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as problem details for API clients and as a page of the site for browsers;
 * nothing of a stack trace reaches either.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        // A 404 from no route at all carries the framework's words; say it in the reader's.
        boolean noRoute = status.getStatusCode() == 404 && uri.getMatchedResources().isEmpty();
        String detail = noRoute ? "Nothing lives at " + uri.getPath() : e.getMessage();
        return respond(status, detail, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        return respond(Response.Status.BAD_REQUEST, detail, uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "Unexpected failure answering %s", uri.getPath());
        return respond(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.", uri, headers);
    }

    private static Response respond(Response.StatusType status, String detail, UriInfo uri, HttpHeaders headers) {
        if (wantsProblemJson(uri, headers)) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, detail, URI.create(uri.getPath()))).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status.getStatusCode(), status.getReasonPhrase(), detail)).build();
    }

    /** API paths always get JSON; elsewhere, whoever asks for JSON rather than HTML. */
    private static boolean wantsProblemJson(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/")) {
            return true;
        }
        return headers.getAcceptableMediaTypes().stream()
                .filter(t -> !t.isWildcardType())
                .findFirst()
                .map(t -> t.getSubtype().endsWith("json"))
                .orElse(false);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
