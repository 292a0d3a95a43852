package org.dossier.web.editor;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.core.story.Story;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.PublicationDate;
import org.dossier.importer.read.ReadLimits;
import org.dossier.importer.read.UnreadableArticleException;
import org.dossier.importer.store.ArticleImport;
import org.dossier.importer.store.ImportListener;
import org.dossier.web.page.Params;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Importing from the browser: paste an article with its metadata, or upload a file in any format
 * the command line reads. The same readers, the same extraction, the same one transaction per
 * article; a refused article is named with the reason, as on the command line.
 */
@jakarta.ws.rs.Path("/editor/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<Story> stories, List<String> problems);
    }

    private final ArticleImport articleImport;

    ImportPage(ArticleImport articleImport) {
        this.articleImport = articleImport;
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(Story.listAll(Sort.by("title")), List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String title, @RestForm String published, @RestForm String outlet, @RestForm String url,
            @RestForm String story, @RestForm String text, @RestForm("file") FileUpload file) {
        Optional<Instant> date = Params.text(published).map(p -> PublicationDate.parse(p)
                .orElseThrow(() -> new jakarta.ws.rs.BadRequestException("published must be a date like 2016-10-15, not '" + p + "'")));
        ArticleImport.Options options = new ArticleImport.Options(date, Params.text(story), ReadLimits.defaults());
        List<String> problems = new ArrayList<>();
        List<Long> stored = new ArrayList<>();
        if (file != null && file.size() > 0) {
            importFile(file, options, stored, problems);
        } else if (Params.text(text).isPresent()) {
            Article article = Article.of("pasted text", text.replace("\r\n", "\n"));
            article = Params.text(title).map(article::withTitle).orElse(article);
            article = Params.text(outlet).map(article::withOutlet).orElse(article);
            article = Params.text(url).map(article::withUrl).orElse(article);
            try {
                stored.add(articleImport.importArticle(article, options).sourceId());
            } catch (UnreadableArticleException e) {
                problems.add(e.oneLine());
            }
        } else {
            problems.add("Paste an article's text or choose a file.");
        }
        if (!problems.isEmpty() || stored.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.form(Story.listAll(Sort.by("title")), problems.isEmpty() ? List.of("Nothing was imported.") : problems)).build();
        }
        return Response.seeOther(URI.create(stored.size() == 1 ? "/sources/" + stored.get(0) : "/sources")).build();
    }

    /** The upload keeps its name, so the readers recognise its format by the extension as they do for files. */
    private void importFile(FileUpload file, ArticleImport.Options options, List<Long> stored, List<String> problems) {
        try {
            Path folder = Files.createTempDirectory("dossier-upload");
            Path named = folder.resolve(Path.of(file.fileName()).getFileName().toString().replaceAll("[^\\w.-]", "_"));
            Files.move(file.uploadedFile(), named);
            try {
                articleImport.run(List.of(named), options, new ImportListener() {
                    @Override
                    public void imported(Article article, long sourceId) {
                        stored.add(sourceId);
                    }

                    @Override
                    public void alreadyPresent(Article article, long sourceId) {
                        stored.add(sourceId);
                    }

                    @Override
                    public void failed(UnreadableArticleException reason) {
                        problems.add(reason.oneLine().replace(named.toString(), file.fileName()));
                    }
                });
            } finally {
                Files.deleteIfExists(named);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
