package org.dossier.web.testdata;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser as REST Assured can be one: the session cookie from the form sign-in, and the
 * CSRF cookie and token a form page hands out, sent back with every form post.
 */
public final class EditorSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    private EditorSession() {
    }

    public static Response signIn(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    public static EditorSession of(String username, String password) {
        Response signedIn = signIn(username, password);
        String session = signedIn.getCookie("dossier-session");
        if (session == null) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + signedIn.getHeader("Location"));
        }
        EditorSession editor = new EditorSession();
        editor.cookies.put("dossier-session", session);
        return editor;
    }

    /** A session some other sign-in started: these are its cookies. */
    public static EditorSession withCookies(Map<String, String> cookies) {
        EditorSession editor = new EditorSession();
        editor.cookies.putAll(cookies);
        return editor;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** A multipart request to {@code action} carrying the CSRF token of {@code formPage}; add the parts and post. */
    public RequestSpecification multipart(String formPage, String action) {
        String token = token(formPage);
        return request().multiPart("csrf-token", token);
    }

    private String token(String formPage) {
        Response page = request().when().get(formPage);
        if (page.getCookie("csrf-token") != null) {
            cookies.put("csrf-token", page.getCookie("csrf-token"));
        }
        Matcher token = TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage + " (status " + page.statusCode() + ")");
        }
        return token.group(1);
    }

    /** Reads a form page and posts to {@code action} with its CSRF token and these fields. */
    public Response post(String formPage, String action, Map<String, ?> fields) {
        String token = token(formPage);
        RequestSpecification post = request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token);
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> many) {
                many.forEach(v -> post.formParam(name, v));
            } else {
                post.formParam(name, value);
            }
        });
        return post.when().post(action);
    }
}
