package org.dossier.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An error as RFC 9457 problem details. {@code type} is {@code about:blank} for plain HTTP errors, so
 * {@code title} is the status phrase; {@code detail} says what was wrong with this request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String detail, URI instance) {
        return new Problem(URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(), detail, instance);
    }
}
