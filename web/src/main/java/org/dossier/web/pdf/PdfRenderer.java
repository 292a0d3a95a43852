package org.dossier.web.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders HTML to PDF with openhtmltopdf on a small pool of its own: a burst of exports waits in a
 * bounded queue (or is refused with 503) and never takes the threads that serve pages.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String[][] FONTS = {
        {"DejaVuSans.ttf", "400", "NORMAL"}, {"DejaVuSans-Bold.ttf", "700", "NORMAL"},
        {"DejaVuSans-Oblique.ttf", "400", "ITALIC"}, {"DejaVuSans-BoldOblique.ttf", "700", "ITALIC"}};

    private final ThreadPoolExecutor pool;
    private final File fonts;

    PdfRenderer(PdfConfig config) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.concurrency(), config.concurrency(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.queue()), task -> {
                    Thread thread = new Thread(task, "pdf-render-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.fonts = new File(config.fontDirectory());
    }

    public CompletionStage<byte[]> render(String html) {
        try {
            return CompletableFuture.supplyAsync(() -> renderNow(html), pool);
        } catch (RejectedExecutionException busy) {
            throw new ServiceUnavailableException("Too many PDFs are being made right now; try again in a moment", 5L);
        }
    }

    byte[] renderNow(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(parsed(html)), "/")
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(BaseRendererBuilder.TextDirection.LTR)
                .toStream(pdf);
        for (String[] font : FONTS) {
            File file = new File(fonts, font[0]);
            if (!file.isFile()) {
                throw new IllegalStateException("The PDF font " + file + " is missing: install Debian's fonts-dejavu-core or set DOSSIER_PDF_FONT_DIRECTORY");
            }
            builder.useFont(file, "DejaVu Sans", Integer.parseInt(font[1]), BaseRendererBuilder.FontStyle.valueOf(font[2]), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** HTML5 parsed as browsers do; the PDF outline ({@code <bookmarks>}) goes back into the head, where openhtmltopdf reads it. */
    private static org.jsoup.nodes.Document parsed(String html) {
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        org.jsoup.nodes.Element bookmarks = document.selectFirst("bookmarks");
        if (bookmarks != null) {
            document.head().appendChild(bookmarks);
        }
        return document;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
