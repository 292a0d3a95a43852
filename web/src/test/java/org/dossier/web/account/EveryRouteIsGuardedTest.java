package org.dossier.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walks every route the application declares and checks, as an anonymous client, that each one
 * that changes something, and each editor or admin page, refuses: 401 or 403, or a redirect to
 * sign-in. A new route is covered the day it is written.
 */
@QuarkusTest
class EveryRouteIsGuardedTest {

    record Route(String method, String path) {
    }

    @Test
    void anonymousClientsCannotReachAnyWriteOrEditorRoute() {
        List<Route> guarded = routes().stream()
                .filter(r -> !r.method().equals("GET") || r.path().startsWith("/editor") || r.path().startsWith("/admin"))
                .filter(r -> !r.path().equals("/sign-in"))
                .toList();
        assertThat(guarded).extracting(Route::path).contains("/editor/review", "/admin/editors", "/editor/events/1", "/sign-out");

        List<String> open = new ArrayList<>();
        for (Route route : guarded) {
            var response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .when().request(route.method(), route.path());
            int status = response.statusCode();
            boolean toSignIn = status == 302 && String.valueOf(response.getHeader("Location")).endsWith("/sign-in");
            if (!(status == 401 || status == 403 || toSignIn)) {
                open.add(route + " answered " + status);
            }
        }
        assertThat(open).isEmpty();
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dossier.web")) {
            String base = type.tryGetAnnotationOfType(Path.class).map(Path::value).orElse(null);
            if (base == null) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    String sub = method.tryGetAnnotationOfType(Path.class).map(Path::value).orElse("");
                    routes.add(new Route(verb, concrete(base, sub)));
                }
            }
        }
        return routes;
    }

    private static String verb(JavaMethod method) {
        if (method.isAnnotatedWith(GET.class)) {
            return "GET";
        }
        if (method.isAnnotatedWith(POST.class)) {
            return "POST";
        }
        if (method.isAnnotatedWith(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotatedWith(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotatedWith(PATCH.class) ? "PATCH" : null;
    }

    /** The path with every {parameter} filled with 1 (a real id or not: refusal comes first). */
    private static String concrete(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("/$", "");
        return (path.isEmpty() ? "/" : path).replaceAll("\\{[^}]+}", "1");
    }
}
