package org.dossier.web.pdf;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** A published version of a story's briefing as PDF: {@code 3.pdf}, or {@code latest.pdf}. */
@Path("/stories/{slug}/versions/{number}.pdf")
public class BriefingPdfPage {

    private final BriefingPdfs pdfs;

    BriefingPdfPage(BriefingPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @GET
    @Produces("application/pdf")
    @Blocking
    public CompletionStage<Response> pdf(@PathParam("slug") String slug, @PathParam("number") String number) {
        if (number.equals("latest")) {
            return pdfs.published(slug, 0);
        }
        try {
            return pdfs.published(slug, Integer.parseInt(number));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No version '" + number + "' of '" + slug + "'");
        }
    }
}
