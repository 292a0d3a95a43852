package org.dossier.web.editor;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What the editors' form pages share: answering with the form again, and reading a typed field. */
final class FormPages {

    private FormPages() {
    }

    /** The page rendered here, inside the transaction, so it may read lazy associations of the fact. */
    static Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
