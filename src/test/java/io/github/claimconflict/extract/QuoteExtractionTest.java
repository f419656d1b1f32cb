package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuoteClaim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotes and their speakers in passages written in the style of real news. */
class QuoteExtractionTest {

  private static List<QuoteClaim> quotes(String text) {
    return new QuoteExtractor().extract(Article.of("t", text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "We will not resign," said Prime Minister Anna Holt.                                   | We will not resign,                            | Anna Holt
      Anna Holt said: "We will not resign."                                                   | We will not resign.                            | Anna Holt
      “The vote was stolen,” opposition leader Marat Ismailov told reporters.                 | The vote was stolen,                           | Marat Ismailov
      Marat Ismailov spoke outside the court. “The vote was stolen,” he said.                 | The vote was stolen,                           | Marat Ismailov
      "We saw true lawlessness," said Clara Soronkulova, leader of the opposition. "Pressure on voters, intimidation of voters." | Pressure on voters, intimidation of voters. | Clara Soronkulova
      "We did not fire," General Omar Haddad said, "not a single shot."                      | not a single shot.                             | Omar Haddad
      "We did not fire," General Omar Haddad said, "not a single shot."                      | We did not fire,                               | Omar Haddad
      According to Anna Holt, the plan was "dead on arrival".                                | dead on arrival                                | Anna Holt
      The ministry said in a statement that the blast was "an act of terror".                | an act of terror                               | -
      The Health Ministry said in a statement that the blast was "an act of terror".         | an act of terror                               | Health Ministry
      The Organization for Security and Co-operation in Europe said in a report that "fundamental rights were respected". | fundamental rights were respected | Organization for Security and Co-operation in Europe
      The OSCE said that "credible allegations remain a concern.” ” Later the crowd left.    | credible allegations remain a concern.         | OSCE
      “The Central Election Commission met today. It decided to cancel the results,” Gulnara Dzhurabayeva said. | The Central Election Commission met today. It decided to cancel the results, | Gulnara Dzhurabayeva
      "We don't fear arrests," said Bektur Asanov.                                            | We don't fear arrests,                         | Bektur Asanov
      Protest leader Ryskeldi Mombekov told the crowd: "He didn't keep his word."            | He didn't keep his word.                       | Ryskeldi Mombekov
      The president blamed "certain political forces" for the unrest.                        | certain political forces                       | -
      "No comment," a spokesman said.                                                         | No comment,                                    | -
      Holt, 54, said "the economy is recovering".                                             | the economy is recovering                      | Holt
      "The economy is recovering," Holt, 54, said on Monday.                                  | The economy is recovering,                     | Holt
      Asked about the vote, Anna Holt said it was "a disgrace to democracy".                  | a disgrace to democracy                        | Anna Holt
      "It is a disgrace," said the opposition party.                                          | It is a disgrace,                              | -
      The commission chairman, Nurzhan Shaidullaev, told reporters: "All votes were counted." | All votes were counted.                        | Nurzhan Shaidullaev
      Officials described the count as "flawed but fair" and "largely transparent".          | largely transparent                            | -
      "Votes were stolen from [our party]," Bektur Asanov, a candidate from the opposition, told a crowd. | Votes were stolen from [our party],  | Bektur Asanov
      Sadyr Japarov said elections were “in accordance with the constitution” and warned losers. | in accordance with the constitution         | Sadyr Japarov
      In a video address, President Jeenbekov accused unnamed “political forces” of plotting. | political forces                               | -
      “This is the end,” she said.                                                            | This is the end,                               | -
      The Organisation for Security and Cooperation in Europe mission head, Thomas Boserup, said the vote was "generally well-organised". | generally well-organised | Thomas Boserup
      Local media quoted him as saying «nous ne céderons jamais».                            | nous ne céderons jamais                        | -
      "We intend to seek the dismissal of the president," Maksat Mamytkanov, a member of the Chon Kazat party said. | We intend to seek the dismissal of the president, | Maksat Mamytkanov
      Thousands rallied to protest a vote that monitors said was tainted by "credible allegations of vote-buying." | credible allegations of vote-buying. | -
      """)
  void findsTheQuoteAndItsSpeaker(String passage, String quote, String speaker) {
    List<QuoteClaim> found = quotes(passage);
    QuoteClaim q = found.stream().filter(c -> c.surface().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote [" + quote + "] in " + found));
    if (speaker.equals("-")) {
      assertThat(q.speaker()).isEmpty();
    } else {
      assertThat(q.speaker()).contains(speaker);
    }
    assertThat(passage.substring(q.evidence().start(), q.evidence().end())).isEqualTo(quote);
  }

  @Test
  void anUnmatchedMarkCostsOneQuoteNotTheRestOfTheArticle() {
    List<QuoteClaim> found = quotes("He said \"we will return\nThe crowd dispersed. \"It is "
        + "over,\" said Anna Holt. More text follows with no quotes at all.");
    assertThat(found).extracting(QuoteClaim::surface).containsExactly("It is over,");
  }

  @Test
  void aDoubledClosingMarkIsIgnored() {
    List<QuoteClaim> found = quotes("They said “credible allegations are a concern.” ” Then "
        + "“the count went on” for hours.");
    assertThat(found).extracting(QuoteClaim::surface)
        .containsExactly("credible allegations are a concern.", "the count went on");
  }

  @Test
  void singleWordsInQuotesAreNotQuotes() {
    assertThat(quotes("The so-called \"reform\" stalled.")).isEmpty();
  }
}
