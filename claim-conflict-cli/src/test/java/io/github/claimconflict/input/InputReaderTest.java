package io.github.claimconflict.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.ScanReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

  /** The mixed folder of inputs we wrote, beside this test's resources. */
  static final Path MIXED = Path.of("claim-conflict-cli/src/test/resources/io/github/claimconflict/cli/mixed");

  @TempDir Path dir;

  private static InputReader.Result read(String... paths) throws InputException {
    return InputReader.builder().build().read(List.of(paths));
  }

  private static Map<String, Article> byId(InputReader.Result r) {
    return r.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    return f;
  }

  private static InputReader.Result stdin(String content) throws InputException {
    return InputReader.builder()
        .standardInput(() -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))
        .build().read(List.of("-"));
  }

  private static final String ARRAY = """
      [
        {"id": "a", "published": "2024-05-02", "source": "Wire",
         "text": "Some 5,000 people gathered in Riverton on Sunday."},
        {"id": "b", "published": "2024-05-02 18:00:00",
         "text": "The rally in Riverton drew about 4,000 people."}
      ]
      """;

  @Test
  void readsAJsonArrayOfArticles() throws Exception {
    InputReader.Result r = read(write("two.json", ARRAY).toString());
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(byId(r).get("b").published()).contains(LocalDate.of(2024, 5, 2));
    assertThat(byId(r).get("a").source()).contains("Wire");
    assertThat(ConflictDetector.withDefaults().scan(r.articles()).conflicts()).hasSize(1);
  }

  @Test
  void aJsonFileOfOneObjectALineIsReadAsJsonLines() throws Exception {
    InputReader.Result r = read(write("feed.json", "{\"id\":\"a\",\"text\":\"x\"}\n"
        + "{\"id\":\"b\",\"text\":\"y\"}\n").toString());
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b");
  }

  @Test
  void readsANewsPleaseFileWithItsFieldsAndItsFileNameAsId() throws Exception {
    InputReader.Result r = read(MIXED.resolve("newsplease/3f2a9c41.json").toString());
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("3f2a9c41");
    assertThat(a.title()).contains("Night of rescue in Ostrevik");
    assertThat(a.published()).contains(LocalDate.of(2026, 9, 15));
    assertThat(a.source()).contains("tarnvalleypost.example");
    assertThat(a.url()).contains("https://tarnvalleypost.example/ostrevik-rescue");
    assertThat(a.text()).startsWith("Rescue teams worked through the night")
        .contains("\n\nMore than 6,000 people were evacuated");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsAFolderOfNewsPleaseFilesWithoutTheirFileNames() throws Exception {
    String maintext = "Crews in Harlow said 40 homes were flooded.";
    write("np/one.json", "{\"title\": \"One\", \"maintext\": \"" + maintext + "\", "
        + "\"date_publish\": \"2026-02-01 08:00:00\", \"language\": \"en\"}");
    write("np/two.json", "{\"title\": \"Two\", \"maintext\": \"Crews in Harlow said 90 homes "
        + "were flooded.\", \"date_publish\": null, \"source_domain\": \"harlow.example\"}");
    InputReader.Result r = read(dir.resolve("np").toString());
    assertThat(r.articles()).extracting(Article::id).containsExactly("one", "two");
    assertThat(byId(r).get("one").text()).isEqualTo(maintext);
    assertThat(byId(r).get("two").published()).isEmpty();
    assertThat(r.folders().get(0).read()).containsExactly(Map.entry(".json", 2));
  }

  @Test
  void articlesInOtherLanguagesAreReadWithOneWarningForAll() throws Exception {
    write("np/de.json", "{\"maintext\": \"Rund 40 H\u00e4user.\", \"language\": \"de\"}");
    write("np/de2.json", "{\"maintext\": \"Etwa 90 H\u00e4user.\", \"language\": \"de\"}");
    write("np/en.json", "{\"maintext\": \"About 40 homes.\", \"language\": \"en\"}");
    InputReader.Result r = read(dir.resolve("np").toString());
    assertThat(r.articles()).hasSize(3);
    assertThat(r.warnings()).containsExactly("2 articles declare a language other than English "
        + "(de 2); the extractors read English, so expect few claims from them");
  }

  @Test
  void aSavedPageGivesItsMainTextWithoutTheSiteAroundIt() throws Exception {
    Article a = read(MIXED.resolve("pages/valley-herald.html").toString()).articles().get(0);
    assertThat(a.id()).isEqualTo("valley-herald");
    assertThat(a.title()).contains("Thousands flee as Tarn dam gives way");
    // The JSON-LD date, the publisher's own day, not converted to UTC.
    assertThat(a.published()).contains(LocalDate.of(2026, 9, 14));
    assertThat(a.source()).contains("The Valley Herald");
    assertThat(a.url()).contains("https://valley-herald.example/news/tarn-dam");
    assertThat(a.text()).startsWith("Thousands flee as Tarn dam gives way\n\nBy Ana Petrel\n\n"
        + "Some 6,500 people were evacuated from the valley overnight after a dam on the Tarn "
        + "river gave way near Ostrevik, regional governor Mirela Dastany said.\n\n");
    assertThat(a.text()).contains("\"The water rose faster than we had ever expected,\"")
        .doesNotContain("cookies").doesNotContain("Sport").doesNotContain("Storm warning")
        .doesNotContain("Share on").doesNotContain("Most read").doesNotContain("rights reserved")
        .doesNotContain("window.track");
  }

  @Test
  void aPageDateComesFromArticlePublishedTimeOrATimeElement() throws Exception {
    Path meta = write("meta.html", "<html><head><meta property=\"article:published_time\" "
        + "content=\"2023-07-09T22:30:00-04:00\"></head><body><article><p>Officials said 12 "
        + "roads were closed.</p></article></body></html>");
    Path time = write("time.htm", "<html><body><article><p>Posted <time datetime=\"2023-07-08\">"
        + "Saturday</time></p><p>Officials said 12 roads were closed.</p></article></body></html>");
    Map<String, Article> r = byId(read(meta.toString(), time.toString()));
    assertThat(r.get("meta").published()).contains(LocalDate.of(2023, 7, 9));
    assertThat(r.get("time").published()).contains(LocalDate.of(2023, 7, 8));
    assertThat(r.get("time").text()).isEqualTo("Posted Saturday\n\nOfficials said 12 roads were "
        + "closed.");
  }

  @Test
  void evidenceOffsetsPointIntoTheTextExtractedFromThePage() throws Exception {
    InputReader.Result r = read(MIXED.resolve("pages/valley-herald.html").toString(),
        MIXED.resolve("wire copy 1.txt").toString());
    Map<String, Article> articles = byId(r);
    ScanReport report = ConflictDetector.withDefaults().scan(r.articles());
    assertThat(report.conflicts()).isNotEmpty();
    int fromPage = 0;
    for (Conflict c : report.conflicts()) {
      for (Position p : c.positions()) {
        for (Evidence e : p.evidence()) {
          String text = articles.get(e.articleId()).text();
          assertThat(p.value()).contains(text.substring(e.start(), e.end()).strip());
          fromPage += e.articleId().equals("valley-herald") ? 1 : 0;
        }
      }
    }
    assertThat(fromPage).isPositive();
  }

  @Test
  void readsCsvWithQuotedCommasQuotesAndLineBreaks() throws Exception {
    InputReader.Result r = read(MIXED.resolve("exports/feed.csv").toString());
    Map<String, Article> a = byId(r);
    assertThat(a).containsOnlyKeys("riverside-1", "riverside-2");
    assertThat(a.get("riverside-1").text()).isEqualTo("Ostrevik, Monday: the Tarn dam \"gave "
        + "way\" at dawn.\nEngineers said the dam, built in 1971, had been inspected in spring.");
    assertThat(a.get("riverside-1").published()).contains(LocalDate.of(2026, 9, 14));
    assertThat(a.get("riverside-1").url()).contains("https://riverside.example/1");
    // A year-month is read, but too coarse to place the article: undated, and no warning.
    assertThat(a.get("riverside-2").published()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void csvColumnsOfOtherNamesAreMappedAndSemicolonsAreRead() throws Exception {
    Path f = write("export.csv", "guid;headline;body;date\n"
        + "x1;Rally;\"Some 5,000 people gathered in Riverton; police agreed.\";2024-05-02\n"
        + "x2;Rally;The rally in Riverton drew about 4,000 people.;02 May 2024\n");
    InputReader.Result r = InputReader.builder().field(ArticleField.ID, "guid")
        .field(ArticleField.TEXT, "body").field(ArticleField.PUBLISHED, "date")
        .field(ArticleField.TITLE, "headline").build().read(List.of(f.toString()));
    assertThat(r.articles()).extracting(Article::id).containsExactly("x1", "x2");
    assertThat(r.articles().get(0).text()).endsWith("police agreed.");
    assertThat(r.articles().get(1).published()).contains(LocalDate.of(2024, 5, 2));
    assertThat(ConflictDetector.withDefaults().scan(r.articles()).conflicts()).hasSize(1);
  }

  @Test
  void readsTabSeparatedValues() throws Exception {
    Path f = write("export.tsv", "id\tpublished\ttext\n"
        + "t1\t2024-05-02\tSome 5,000 people gathered in Riverton, police said.\n"
        + "t2\t2024-05-02\tThe rally in Riverton drew about 4,000 people.\n");
    InputReader.Result r = read(f.toString());
    assertThat(r.articles()).extracting(Article::id).containsExactly("t1", "t2");
    assertThat(r.articles().get(0).text()).isEqualTo("Some 5,000 people gathered in Riverton, "
        + "police said.");
    assertThat(ConflictDetector.withDefaults().scan(r.articles()).conflicts()).hasSize(1);
  }

  @Test
  void aCsvWithoutATextColumnSaysWhichColumnsItHas() throws Exception {
    Path f = write("export.csv", "guid,body\nx1,Some text.\n");
    assertThatThrownBy(() -> read(f.toString())).isInstanceOf(InputException.class)
        .hasMessageContaining("export.csv:1").hasMessageContaining("no 'text' or 'maintext' column")
        .hasMessageContaining("'guid', 'body'").hasMessageContaining("--field text=COLUMN");
  }

  @Test
  void aCsvRowWithTheWrongNumberOfFieldsIsNamedByItsLine() throws Exception {
    Path f = write("export.csv", "id,text\na,\"Two\nlines\"\nb,one,extra\n");
    assertThatThrownBy(() -> read(f.toString())).hasMessageContaining("export.csv:4")
        .hasMessageContaining("3 fields, the header 2");
  }

  @Test
  void standardInputIsReadInEveryFormat() throws Exception {
    assertThat(stdin("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n")
        .articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(stdin(ARRAY).articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(stdin("{\"maintext\": \"Crews said 40 homes were flooded.\", \"title\": \"T\"}")
        .articles()).extracting(Article::id, Article::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stdin",
            "Crews said 40 homes were flooded."));
    assertThat(stdin("<!DOCTYPE html><html><body><nav>Home</nav><p>Crews said 40 homes were "
        + "flooded.</p></body></html>").articles().get(0).text())
        .isEqualTo("Crews said 40 homes were flooded.");
    assertThat(stdin("id,text\nc1,Crews said 40 homes were flooded.\n").articles())
        .extracting(Article::id).containsExactly("c1");
    assertThat(stdin("Crews said 40 homes were flooded.\n").articles())
        .extracting(Article::id, Article::text).containsExactly(
            org.assertj.core.groups.Tuple.tuple("stdin", "Crews said 40 homes were flooded.\n"));
  }

  @Test
  void foldersAreReadRecursivelyAndWhatIsLeftAloneIsCountedByKind() throws Exception {
    write("f/top.txt", "Crews said 40 homes were flooded.");
    write("f/notes.md", "Crews said 90 homes were flooded.");
    write("f/deeper/still/page.html", "<p>Crews said 40 homes were flooded.</p>");
    write("f/saved-page", "<!DOCTYPE html><p>Crews said 60 homes were flooded.</p>");
    write("f/photo.jpg", "\u00ff\u00d8 not really a photo");
    write("f/README", "Notes to self.");
    write("f/.DS_Store", "x");
    write("f/.git/config", "x");
    InputReader.Result r = read(dir.resolve("f").toString());
    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("deeper/still/page", "notes", "saved-page", "top");
    FolderCount count = r.folders().get(0);
    assertThat(count.read()).containsExactly(Map.entry(".html", 1), Map.entry(".md", 1),
        Map.entry(".txt", 1), Map.entry("no extension", 1));
    assertThat(count.ignored()).containsExactly(Map.entry(".jpg", 1), Map.entry("hidden", 2),
        Map.entry("no extension", 1));
    assertThat(count.describe()).endsWith("f/: read 4 files (1 .html, 1 .md, 1 .txt, 1 no "
        + "extension); ignored 4 (1 .jpg, 2 hidden, 1 no extension)");
  }

  @Test
  void anUnreadableDateIsAWarningAndTheArticleIsKeptUndated() throws Exception {
    Path f = write("feed.jsonl", "{\"id\":\"a\",\"published\":\"5 May\",\"text\":\"x\"}\n"
        + "{\"id\":\"b\",\"published\":\"2020-08\",\"text\":\"y\"}\n");
    InputReader.Result r = read(f.toString());
    assertThat(r.articles()).extracting(Article::published)
        .containsExactly(Optional.empty(), Optional.empty());
    assertThat(r.warnings()).singleElement().asString().contains("feed.jsonl:1")
        .contains("'5 May'").contains("kept undated");
  }

  @Test
  void skipInvalidListsEachBadLineAndFileAndGoesOn() throws Exception {
    Path f = write("feed.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\": \"b\", \"text\": \n"
        + "[1, 2]\n{\"id\":\"a\",\"text\":\"again\"}\n{\"id\":\"c\",\"text\":{\"p\":1}}\n"
        + "{\"id\":\"d\",\"text\":\"y\"}\n");
    Path bin = dir.resolve("bad.txt");
    Files.write(bin, new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
    InputReader.Result r = InputReader.builder().skipInvalid(true).build()
        .read(List.of(f.toString(), bin.toString()));
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "d");
    assertThat(r.skipped()).extracting(SkippedInput::where, SkippedInput::reason)
        .satisfiesExactly(
            s -> assertThat(s.toList().toString()).contains("feed.jsonl:2").contains("malformed"),
            s -> assertThat(s.toList().toString()).contains("feed.jsonl:3")
                .contains("expected a JSON object"),
            s -> assertThat(s.toList().toString()).contains("feed.jsonl:4")
                .contains("duplicate article id 'a', first seen at " + f + ":1"),
            s -> assertThat(s.toList().toString()).contains("feed.jsonl:5")
                .contains("'text' must be a string, not an object"),
            s -> assertThat(s.toList().toString()).contains("bad.txt")
                .contains("not valid UTF-8 (bad byte at offset 2)"));
  }

  @Test
  void encodingsWithAByteOrderMarkAreReadAndOthersByName() throws Exception {
    String text = "Caf\u00e9 owners in N\u00eemes said 30 people came.";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    Files.write(dir.resolve("bom8.txt"), withBom);
    Files.write(dir.resolve("le16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("be16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
    InputReader.Result r = read(dir.resolve("bom8.txt").toString(),
        dir.resolve("le16.txt").toString(), dir.resolve("be16.txt").toString());
    assertThat(r.articles()).extracting(Article::text).containsOnly(text);

    Path latin = dir.resolve("latin.txt");
    Files.write(latin, text.getBytes(Charset.forName("windows-1252")));
    assertThatThrownBy(() -> read(latin.toString())).hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("--encoding");
    assertThat(InputReader.builder().encoding(Charset.forName("windows-1252")).build()
        .read(List.of(latin.toString())).articles().get(0).text()).isEqualTo(text);
  }

  @Test
  void largeJsonFilesAreReadAsAStreamWithTheWholeFileStillCheckedFirst() throws Exception {
    // Several of the 64 KiB chunks a stream is checked in, with characters of two to four bytes
    // falling across their edges.
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 4000; i++) {
      lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Caf\u00e9 \u2014 ").append(i)
          .append(" people \uD83D\uDE00 came.\"}\n");
    }
    byte[] utf8 = lines.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(utf8.length).isGreaterThan(3 * 65536);
    Files.write(dir.resolve("feed.jsonl"), utf8);
    Files.write(dir.resolve("feed16.json"), ("\uFEFF[" + lines.toString().strip()
        .replace("}\n{", "},\n{") + "]").getBytes(StandardCharsets.UTF_16LE));
    for (String name : List.of("feed.jsonl", "feed16.json")) {
      InputReader.Result r = read(dir.resolve(name).toString());
      assertThat(r.articles()).hasSize(4000);
      assertThat(byId(r).get("n2999").text()).isEqualTo("Caf\u00e9 \u2014 2999 people "
          + "\uD83D\uDE00 came.");
    }

    // A bad byte near the end: the file is not in its encoding, and none of it is read.
    byte[] bad = utf8.clone();
    bad[bad.length - 5] = (byte) 0xFF; // the "e" of the last line's "came"
    Path badFile = dir.resolve("bad.jsonl");
    Files.write(badFile, bad);
    InputReader.Result r = InputReader.builder().skipInvalid(true).build()
        .read(List.of(badFile.toString()));
    assertThat(r.articles()).isEmpty();
    assertThat(r.skipped()).extracting(SkippedInput::reason).containsExactly(
        "not valid UTF-8 (bad byte at offset " + (bad.length - 5) + "); if it is in another "
            + "encoding, name it with --encoding (for example --encoding windows-1252)");
    // A malformed line before it is not what stops a strict reading: the encoding is.
    bad[10] = '#';
    Files.write(badFile, bad);
    assertThatThrownBy(() -> read(badFile.toString()))
        .hasMessage(badFile + ": not valid UTF-8 (bad byte at offset " + (bad.length - 5) + "); "
            + "if it is in another encoding, name it with --encoding (for example --encoding "
            + "windows-1252)");
  }

  @Test
  void aPageInAnotherEncodingIsReadByItsOwnDeclaration() throws Exception {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>\u041c\u0438\u0440"
        + " \u2014 30 people.</p></body></html>";
    Path page = dir.resolve("page.html");
    Files.write(page, html.getBytes(Charset.forName("windows-1251")));
    assertThat(read(page.toString()).articles().get(0).text())
        .isEqualTo("\u041c\u0438\u0440 \u2014 30 people.");
  }

  @Test
  void idsMayBeAnyStringAnEmptyOneIsTheLineAndAnOverlongOneIsSkipped() throws Exception {
    Path f = write("feed.jsonl", "{\"id\":\"Report (final) #2.txt\",\"text\":\"x\"}\n"
        + "{\"id\":\"  \",\"text\":\"y\"}\n"
        + "{\"id\":\"" + "n".repeat(201) + "\",\"text\":\"z\"}\n");
    InputReader.Result r = InputReader.builder().skipInvalid(true).build()
        .read(List.of(f.toString()));
    assertThat(r.articles()).extracting(Article::id)
        .containsExactly("Report (final) #2.txt", "feed:2");
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.where()).isEqualTo(f + ":3");
      assertThat(s.reason()).contains("201 characters long; the limit is 200");
    });
  }
}
