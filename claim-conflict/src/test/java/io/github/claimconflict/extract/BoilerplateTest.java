package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page furniture is found without taking prose for it. */
class BoilerplateTest {

  @Test
  void aNoticeWordInProseLeavesTheProse() {
    String text = "Ferry sinks off Orvika\n"
        + "The captain was released on bail; his giving consent to a search of the ship made the"
        + " release possible, his lawyer told reporters.\n"
        + "We use cookies. Manage consent preferences\n";
    Boilerplate b = Boilerplate.of(text);
    int prose = text.indexOf("The captain");
    assertThat(b.covers(prose, text.indexOf('\n', prose))).isFalse();
    int notice = text.indexOf("We use");
    assertThat(b.covers(notice, text.length() - 1)).isTrue();
  }

  @Test
  void aLineOfSeveralNoticesIsFurnitureThroughout() {
    String notice = "We value the trust you place in us when you let us collect some personal"
        + " information. We ask for it because it lets the Orvika Courier show you more of what"
        + " matters. You may decline the cookies we place on your device, and change your privacy"
        + " preferences at any time.";
    Boilerplate b = Boilerplate.of("Ferry sinks off Orvika\n" + notice + "\n");
    int start = "Ferry sinks off Orvika\n".length();
    assertThat(b.covers(start, start + notice.length())).isTrue();
  }

  @Test
  void aQuoteClosedBeforeANoticeStaysProse() {
    String line = "His unit paid tribute to him, saying: \u201cHe was a strong swimmer and never gave"
        + " up on a dive, until the last day of his life.\u201d \u2013 READ MORE";
    Boilerplate b = Boilerplate.of("Diver dies in flooded cave\n" + line + "\n");
    int start = "Diver dies in flooded cave\n".length();
    int quoteEnd = start + line.indexOf("\u201d") + 1;
    assertThat(b.covers(start, quoteEnd)).isFalse();
    assertThat(b.covers(quoteEnd + 1, start + line.length())).isTrue();
  }
}
