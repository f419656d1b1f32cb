package io.github.claimconflict.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages no one should write, read without an exception. They once took minutes (a per-element
 * text() over deep nesting); each pass over the tree is now linear. Speed is not asserted here:
 * the surefire timeout guards against a hang.
 */
class HostilePagesTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("10,000 nested divs", "<div>".repeat(10_000) + "Some 5,000 people came."),
        Arguments.of("10,000 nested headers", "<header>".repeat(10_000) + "x"),
        Arguments.of("10,000 nested blocks with links", ("<div><p>text 12 <a href=x>words</a>"
            + " here</p>").repeat(10_000)),
        Arguments.of("a list of 30,000 links", "<ul>" + "<li><a href=x>link 3</a></li>"
            .repeat(30_000) + "</ul>"),
        Arguments.of("unclosed tags and stray brackets",
            "<p><b><i><<>><p <a href=\"".repeat(10_000)),
        Arguments.of("broken JSON-LD", "<script type=\"application/ld+json\">{\"datePublished\": "
            + "[[[[</script><p>Some 5,000 people came.</p>"),
        Arguments.of("JSON-LD nested deeper than read", "<script type=\"application/ld+json\">"
            + "{\"@graph\":".repeat(500) + "{}" + "}".repeat(500) + "</script><p>x</p>"),
        Arguments.of("only a script", "<script>var x = '<p>5,000 people</p>';</script>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void isReadWithoutAnException(String name, String html) {
    HtmlPage page = HtmlPage.read(html);
    assertThat(page.text()).doesNotContain("<script").doesNotStartWith(" ").doesNotEndWith(" ");
    assertThat(page.text().length()).isLessThanOrEqualTo(html.length());
  }
}
