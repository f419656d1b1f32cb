package io.github.claimconflict.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.Seeds;
import io.github.claimconflict.cli.Main;
import io.github.claimconflict.input.InputReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium}, which {@code
 * .ci/run} installs) loads the page, runs its script, and logs every network request it makes.
 * Screenshots at desktop and phone widths are left in {@code target/html-report/} for review.
 * Skipped, with a message, where no Chromium is installed.
 */
class HtmlReportBrowserTest {

  private static final Path OUT = Path.of("target", "html-report");
  private static Path chromium;

  @TempDir Path tmp;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = locate();
    assumeTrue(found.isPresent(), "no chromium on PATH (or in $CHROMIUM): the browser test is "
        + "skipped; install Debian's chromium package, as .ci/run does");
    chromium = found.get();
  }

  private static Optional<Path> locate() {
    List<String> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("CHROMIUM")).ifPresent(candidates::add);
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(dir + File.separator + name);
      }
    }
    return candidates.stream().filter(c -> !c.isBlank()).map(Path::of)
        .filter(Files::isExecutable).findFirst();
  }

  @Test
  void theFixturesReportShowsEveryConflictAndMakesNoRequest() throws Exception {
    Files.createDirectories(OUT);
    Path page = OUT.resolve("fixtures.html");
    StringWriter err = new StringWriter();
    assertThat(Main.run(new String[] {"scan", "fixtures", "--format", "html", "--output",
        page.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
        .as(err.toString()).isZero();
    ScanReport report = ConflictDetector.withDefaults().scan(
        InputReader.builder().build().read(List.of("fixtures")).articles());
    assertThat(report.conflicts()).hasSizeGreaterThan(5);

    Path netLog = tmp.resolve("net.json");
    Path phone = OUT.resolve("fixtures-phone.png");
    Files.deleteIfExists(phone);
    // One run at phone width both dumps the page as rendered and takes its screenshot.
    Document dom = Jsoup.parse(run(page, "--log-net-log=" + netLog, "--hide-scrollbars",
        "--window-size=390,2400", "--screenshot=" + phone.toAbsolutePath(), "--dump-dom"));
    checkPng(phone);
    checkRendered(dom, report);
    assertThat(dom.select(".summary").text()).isEqualTo(report.conflicts().size()
        + " conflicts in " + report.events().size() + " events, from "
        + report.articles().size() + " articles scanned.");
    assertThat(pageRequests(netLog)).as("requests leaving the page").isEmpty();

    Path desktop = OUT.resolve("fixtures-desktop.png");
    Files.deleteIfExists(desktop);
    run(page, "--hide-scrollbars", "--window-size=1280,2200",
        "--screenshot=" + desktop.toAbsolutePath());
    checkPng(desktop);
  }

  @Test
  void theNetworkLogSeesARequestWhenAPageMakesOne() throws Exception {
    // The check above is only as good as the log: a page that does fetch must show up in it.
    Path page = tmp.resolve("fetching.html");
    Files.writeString(page, "<!DOCTYPE html><p>x</p><img src=\"http://127.0.0.1:9/pixel.png\">");
    Path netLog = tmp.resolve("net.json");
    run(page, "--log-net-log=" + netLog, "--dump-dom");
    assertThat(pageRequests(netLog)).containsExactly("http://127.0.0.1:9/pixel.png");
  }

  @Test
  void theSeedsReportShowsEveryConflict() throws Exception {
    Seeds.assumePresent();
    List<Article> seeds = Seeds.withMetadata();
    ScanReport report = ConflictDetector.withDefaults().scan(seeds);
    Files.createDirectories(OUT);
    Path page = OUT.resolve("seeds.html");
    Files.writeString(page, HtmlReport.write(report, seeds), StandardCharsets.UTF_8);
    Path netLog = tmp.resolve("net.json");
    checkRendered(Jsoup.parse(run(page, "--log-net-log=" + netLog, "--dump-dom")), report);
    assertThat(pageRequests(netLog)).isEmpty();
  }

  /** Every conflict is on the page after its script ran, with its positions and explanation. */
  private static void checkRendered(Document dom, ScanReport report) {
    int n = report.conflicts().size();
    // The filter script ran: it wrote the count, and hid nothing by default.
    assertThat(dom.getElementById("shown").text()).isEqualTo(n + " of " + n + " shown");
    assertThat(dom.select(".conflict[hidden]")).isEmpty();
    assertThat(dom.select(".conflict")).hasSize(n);
    for (Conflict c : report.conflicts()) {
      Element e = dom.getElementById(c.id());
      assertThat(e).as("conflict %s on the page", c.id()).isNotNull();
      assertThat(e.select("h3").text()).isEqualTo(c.id() + " " + c.topic());
      assertThat(e.select(".position .value").eachText())
          .containsExactlyElementsOf(c.positions().stream().map(Position::value).toList());
      assertThat(e.select(".why").text()).isEqualTo(c.explanation());
    }
    for (var event : report.events()) {
      assertThat(dom.getElementById("event-" + event.id())).isNotNull();
    }
  }

  /** The URLs of requests the page made (not the browser's own), from a Chromium net log. */
  private static List<String> pageRequests(Path netLog) throws IOException {
    JsonNode log = new ObjectMapper().readTree(netLog.toFile());
    int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB")
        .asInt(-1);
    assertThat(startJob).as("net log event type for a request").isPositive();
    TreeSet<String> urls = new TreeSet<>();
    for (JsonNode e : log.path("events")) {
      JsonNode p = e.path("params");
      if (e.path("type").asInt() != startJob || !p.has("url")) {
        continue;
      }
      String url = p.path("url").asText();
      // The browser's own traffic has no page behind it; a page loaded from a file has.
      boolean fromPage = p.path("network_isolation_key").asText().contains("file://")
          || (p.has("initiator") && !p.path("initiator").asText().equals("not an origin"));
      if (fromPage && !url.startsWith("file:") && !url.startsWith("data:")) {
        urls.add(url);
      }
    }
    return List.copyOf(urls);
  }

  private static void checkPng(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  /** Runs Chromium on the page with a fresh profile; returns what it prints. */
  private String run(Path page, String... extra) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(page.toAbsolutePath().toUri().toString());
    Path stdout = tmp.resolve("chromium.out");
    Path stderr = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + tail(stderr));
    }
    assertThat(p.exitValue()).as("chromium exit code; " + tail(stderr)).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static String tail(Path f) throws IOException {
    try (Stream<String> lines = Files.lines(f)) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - 10), all.size()));
    }
  }
}
