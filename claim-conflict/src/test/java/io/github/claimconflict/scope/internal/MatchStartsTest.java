package io.github.claimconflict.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchStartsTest {

  private record Searched(Pattern pattern, MatchStarts.Opening opens) {}

  private static final List<Searched> PATTERNS = new ArrayList<>(List.of(
      new Searched(StoryDates.EXPRESSION, StoryDates.EXPRESSION_OPENS),
      new Searched(StoryDates.RELATIVE, StoryDates.RELATIVE_OPENS)));

  static {
    for (Datelines.Form f : Datelines.FORMS) {
      PATTERNS.add(new Searched(f.pattern(), f.opens()));
    }
    PATTERNS.add(new Searched(EventLabels.CAPITALIZED, EventLabels.CAPITALIZED_OPENS));
    PATTERNS.add(new Searched(EventScoper.YEAR, EventScoper.YEAR_OPENS));
  }

  /** Each match as its start, end and every group's bounds. */
  private static List<List<Integer>> viaFind(Pattern p, String text) {
    List<List<Integer>> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(bounds(m));
    }
    return out;
  }

  private static List<List<Integer>> viaWordStarts(Searched s, String text) {
    List<List<Integer>> out = new ArrayList<>();
    Matcher m = s.pattern().matcher(text);
    MatchStarts w = new MatchStarts(m, text, s.opens());
    while (w.find()) {
      out.add(bounds(m.toMatchResult()));
    }
    return out;
  }

  private static List<Integer> bounds(java.util.regex.MatchResult m) {
    List<Integer> b = new ArrayList<>();
    for (int g = 0; g <= m.groupCount(); g++) {
      b.add(m.start(g));
      b.add(m.end(g));
    }
    return b;
  }

  private static void same(String text) {
    for (Searched s : PATTERNS) {
      assertThat(viaWordStarts(s, text)).as("%s in '%s'", s.pattern(), text)
          .isEqualTo(viaFind(s.pattern(), text));
    }
  }

  @Test
  void findsWhatFindFindsOnTrickyLeads() {
    List<String> texts = List.of(
        "",
        "Monday",
        "On Monday, 4 March, crowds gathered; last Tuesday 14 May 2019 was quieter.",
        "Protesters marched on Sunday. By Monday, March 4 the square was empty.",
        "yesterday's rally, today, tonight and last night; THIS MORNING too",
        "xMonday _Monday éMonday \u0301Monday a\u0301Monday 9Monday 𝐀Monday",
        "3rd of March, 2020 and March 3rd, 2021 and Sept. 5, 2020 and 31 Febr 2021",
        "a week after 10 March, two days later, the next day, four days ago, A FORTNIGHT EARLIER",
        "2020-10-05 x2020-10-05 10-2020-10-05 2020-10-055 12020-10-05 ２０２０-10-05",
        "12 Jan. 2024, 5 january, 2023; JANUARY 5, 2023 — dec 1 2020, Decx 1 2020",
        "Dateline: 29 Nov 2021 — Thursday, 30 November 2021, 10:32 GMT",
        "the following day the previous day the  preceding   day; one month before the vote",
        "1  2  3 May  4 June   2021 Jul 7,  2022 Aug\t8\n2023",
        "Early Friday, late Saturday, this Sunday; on Wednesday , 5 Jun",
        "Ana Lopez-Vidal met Óscar Ñúñez and ÉLODIE in Łódź; xAbc, 9Abc, _Abc, \u0301Abc",
        "𝐀bcdef 𝐀𝐁𝐂 Ⅻth Ǆemal ǅemal İstanbul ΣΟΦΙΑ Москва Tbilisi-Batumi Road Of The Year",
        "In 1999, 2019.5, 1,2020, 2020s, 20200, .2021, 2022.4, a2023, 1900 and 2099-2100; 19",
        "the 2020-21 season, 1918–1919, 2001/02, ＡＢＣ, ２０２０");
    for (String t : texts) {
      same(t);
    }
  }

  @Test
  void findsWhatFindFindsOnRandomLeads() {
    String[] tokens = {"Monday", "Tuesday", "Sunday", "March", "Mar.", "May", "Sept", "june",
        "12", "3", "31", "2020", "1999", "3rd", "of", "on", "last", "this", "late", "yesterday",
        "last night", "week", "weeks", "day", "after", "before", "later", "ago", "the", "next",
        "a", "two", "-", "10-05", ",", ".", "!", " ", " ", "  ", "   ", "\n", "\t", "é", "_",
        "x", "0", "\u0301", "𝐀", "’s", "Mondayx", "(", ")", "Wednesday", "Thursday", "Friday",
        "Saturday", "early", "Late", "THIS", "today", "Tonight", "this morning", "fortnight",
        "Month", "earlier", "following", "previous", "preceding", "an", "One", "twelve", "Jan",
        "Feb", "Apr", "Aug", "Oct", "Nov", "Dec", "January", "DECEMBER", "Sepember", "Sept.",
        "jun", "AUG", "eleven", "Days", "Weeks", "ten", "nine", "Ana", "Lopez-Vidal", "Óscar",
        "ÉLODIE", "Łódź", "İstanbul", "Ǆemal", "ǅa", "Москва", "2019", "1900", "20", "19", "2,",
        "An", "THE", "fortnights", "Months", "Mayday", "Marching", "decade", "Janx", "Octobers",
        "LAST", "Early", "YESTERDAY", "Decembers", "sEPT", "Januaryx", "Tue", "Mon", "Sat"};
    Random random = new Random(14);
    for (int k = 0; k < 6000; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        String t = tokens[random.nextInt(tokens.length)];
        b.append(t);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      same(b.toString());
    }
  }
}
