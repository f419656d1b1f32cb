package consumer;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.MeasureRule;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanReport;
import java.io.File;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Scans two invented articles as a user would, and fails unless the report has the conflict. */
public final class Main {

  public static void main(String[] args) throws Exception {
    Module library = ConflictDetector.class.getModule();
    System.out.println("claim-conflict loaded as " + (library.isNamed()
        ? "module " + library.getName() + " (module path)" : "the unnamed module (class path)"));
    printJars(library.isNamed());
    List<Article> articles = List.of(
        Article.of("wire", LocalDate.of(2024, 3, 10),
            "Some 5,000 people gathered in Riverton on Sunday, police said."),
        Article.of("local", LocalDate.of(2024, 3, 10),
            "About 9,000 people gathered in Riverton on Sunday, police said."));
    ScanReport report = ConflictDetector.withDefaults().scan(articles);
    for (Conflict c : report.conflicts()) {
      System.out.println(c.kind() + " " + c.topic() + ": " + c.explanation());
      for (Position p : c.positions()) {
        System.out.println("  " + p.value() + (p.low().isPresent() && p.high().isPresent()
            ? " [" + p.low().getAsDouble() + ", " + p.high().getAsDouble() + "]" : ""));
      }
    }
    // A measure of the user's own, configured through the exported API only.
    ConflictDetector configured = ConflictDetector.builder().measures(List.of(MeasureRule
        .counting(new Measure("vaccinated", "people vaccinated", false))
        .people().cues("vaccinated").build())).build();
    LocalDate day = LocalDate.of(2024, 3, 10);
    List<Conflict> vaccinated = configured.scan(List.of(
        Article.of("a", day, "Nearly 2,000 people were vaccinated in the valley."),
        Article.of("b", day, "Officials say 12,000 people were vaccinated in the valley.")))
        .conflicts();
    if (vaccinated.size() != 1 || !vaccinated.get(0).topic().startsWith("people vaccinated")) {
      throw new AssertionError("expected one conflict on people vaccinated: " + vaccinated);
    }
    String json = JsonReport.write(report);
    if (report.conflicts().isEmpty() || !json.contains("\"schema\"")) {
      throw new AssertionError("expected a conflict in the report: " + json);
    }
    System.out.println("report read: " + report.events().size() + " event(s), "
        + report.conflicts().size() + " conflict(s), " + json.length() + " characters of JSON");
  }

  /** The jars this program runs with, besides its own classes: what a library user receives. */
  private static void printJars(boolean modulePath) {
    if (modulePath) {
      ModuleLayer.boot().configuration().modules().stream()
          .map(ResolvedModule::reference)
          .filter(r -> r.location().map(URI::getScheme).orElse("").equals("file"))
          .map(r -> Path.of(r.location().get()).toFile())
          .filter(File::isFile)
          .sorted()
          .forEach(f -> System.out.printf("  resolved module %s (%,d bytes)%n", f.getName(), f.length()));
    } else {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        File f = new File(entry); // the launcher has expanded lib/* into its jars
        if (f.isFile()) {
          System.out.printf("  class path jar %s (%,d bytes)%n", f.getName(), f.length());
        }
      }
    }
  }
}
