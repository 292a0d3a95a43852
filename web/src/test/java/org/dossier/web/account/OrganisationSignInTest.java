package org.dossier.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.web.testdata.EditorSession;
import org.dossier.web.testdata.StoryFacts;
import org.dossier.web.testdata.TestData;
import org.junit.jupiter.api.Test;

/**
 * An organisation's editors sign in with its OpenID Connect provider, configured by properties
 * only. The provider here is a real HTTP server speaking the protocol (WireMock, from Quarkus's
 * test framework): it signs in "alice" with the groups "user" and "admin"; the profile maps the
 * group "user" to Dossier's editor role.
 */
@QuarkusTest
@TestProfile(OrganisationSignInTest.WithOrganisationProvider.class)
class OrganisationSignInTest {

    public static class WithOrganisationProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", "dossier",
                    "quarkus.oidc.credentials.secret", "test-only-secret",
                    "quarkus.http.auth.roles-mapping.\"user\"", "editor");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @Inject
    TestData data;

    @Test
    void theSignInPageOffersTheOrganisationsProvider() {
        given().when().get("/sign-in").then().statusCode(200).body(containsString("href=\"/sign-in/organisation\""));
    }

    @Test
    void anEditorSignedInByTheOrganisationReviewsAndIsRecordedByName() {
        EditorSession alice = EditorSession.withCookies(signInAtProvider());
        StoryFacts facts = data.storyWithFacts("Anna Petrova");
        String page = "/editor/positions/" + facts.position().id;

        alice.request().when().get("/sign-in/organisation").then().statusCode(303).header("Location", endsWith("/editor/review"));
        alice.request().when().get("/editor/review").then().statusCode(200);
        alice.post(page, page, Map.of("stance", "supports", "issue", "new sanctions", "version", 0)).then().statusCode(303);

        alice.request().when().get("/editor/history/position/" + facts.position().id).then().statusCode(200)
                .body(containsString("<strong>changed</strong> by alice"));
    }

    @Test
    void anonymousEditorsAreSentToTheOrganisationsProvider() {
        given().redirects().follow(false).when().get("/editor/review").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus?response_type=code&client_id=dossier"));
    }

    @Test
    void signingOutForgetsTheOrganisationSession() {
        EditorSession alice = EditorSession.withCookies(signInAtProvider());

        List<String> cookies = alice.post("/editor/review", "/sign-out", Map.of()).then().statusCode(303)
                .extract().headers().getValues("Set-Cookie");

        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("q_session=;").contains("Max-Age=0"));
    }

    @Test
    void thePasswordFormStillWorksBesideIt() {
        String username = data.account("correct horse battery", Account.EDITOR);

        EditorSession.of(username, "correct horse battery").request().when().get("/editor/review").then().statusCode(200);
    }

    /** Follows the authorization code flow as a browser would, and returns the cookies it ends with. */
    private static Map<String, String> signInAtProvider() {
        Map<String, String> cookies = new HashMap<>();
        Response toProvider = given().redirects().follow(false).when().get("/sign-in/organisation");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        cookies.putAll(toProvider.getCookies());
        URI authorization = URI.create(toProvider.getHeader("Location"));

        Response back = given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get(authorization.getScheme() + "://" + authorization.getAuthority() + "/login?" + authorization.getRawQuery());
        assertThat(back.statusCode()).isEqualTo(302);

        Response signedIn = given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies).when().get(back.getHeader("Location"));
        assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(302);
        cookies.putAll(signedIn.getCookies());
        assertThat(cookies).containsKey("q_session");
        return cookies;
    }
}
