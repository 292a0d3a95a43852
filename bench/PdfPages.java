import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints a PDF's page count: java -cp "web/target/quarkus-app/lib/main/*" bench/PdfPages.java FILE.pdf */
public class PdfPages {
    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
            System.out.println(pdf.getNumberOfPages());
        }
    }
}
