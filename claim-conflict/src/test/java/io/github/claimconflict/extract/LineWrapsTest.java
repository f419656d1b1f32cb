package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.NameClaim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages stored wrapped at a fixed width: sentences and names read across the wraps. */
class LineWrapsTest {

  /** An invented wire story, wrapped at 64 columns, paragraphs without blank lines between. */
  private static final String WRAPPED = String.join("\n",
      "By Petra Lindqvist",
      "ORVIKA, Norland, May 3 A passenger ferry capsized in the",
      "harbour of Orvika on Tuesday, killing at least 14 people and",
      "leaving dozens missing, port officials said.",
      "Rescue crews saw wreckage and life jackets floating in the",
      "water near the village of Strandmoen, two km (1.2 miles) from",
      "the main quay, while divers searched the flooded lower deck of",
      "the vessel throughout the night.",
      "Harbour master Jonas Aaberg said the ferry had left the quay",
      "half an hour late and was carrying more passengers than the 120",
      "it was licensed for.");

  @Test
  void sentencesGoOnAcrossWrappedLines() {
    List<String> sentences = Sentences.split(WRAPPED).stream()
        .map(s -> s.text().replace('\n', ' ')).toList();
    assertThat(sentences).contains(
        "Rescue crews saw wreckage and life jackets floating in the water near the village of"
            + " Strandmoen, two km (1.2 miles) from the main quay, while divers searched the flooded"
            + " lower deck of the vessel throughout the night.",
        "Harbour master Jonas Aaberg said the ferry had left the quay half an hour late and was"
            + " carrying more passengers than the 120 it was licensed for.");
    // a short line is no wrap: the byline stands alone
    assertThat(sentences.get(0)).isEqualTo("By Petra Lindqvist");
  }

  @Test
  void aWrappedParagraphIsNoListOfLinks() {
    ArticleText text = ArticleText.of(Article.of("a", WRAPPED));
    List<String> names = new NameExtractor().extract(text).stream().map(NameClaim::surface)
        .toList();
    // three lines in a row without a closing stop were once taken for a list of links
    assertThat(names).contains("Strandmoen", "Jonas Aaberg");
  }

  @Test
  void aParagraphLeftWholeKeepsItsBreakAndTheWidthOfTheRest() {
    String page = WRAPPED + "\n"
        + "\u201cWe heard the engines stop and then everybody was shouting,\u201d one survivor told"
        + " reporters at the terminal on Wednesday.\n"
        + "Police said the captain and two crew members were being\n"
        + "questioned at the harbour station.";
    List<String> sentences = Sentences.split(page).stream()
        .map(s -> s.text().replace('\n', ' ')).toList();
    assertThat(sentences).contains("\u201cWe heard the engines stop and then everybody was"
            + " shouting,\u201d one survivor told reporters at the terminal on Wednesday.",
        "Police said the captain and two crew members were being questioned at the harbour"
            + " station.");
  }

  @Test
  void pagesOfLongParagraphsKeepEveryLineBreak() {
    String page = String.join("\n",
        "Ferry capsizes in Orvika harbour",
        "A passenger ferry capsized in the harbour of Orvika on Tuesday, killing at least 14"
            + " people and leaving dozens missing, port officials said on Wednesday morning",
        "Rescue crews saw wreckage and life jackets floating in the water near the village of"
            + " Strandmoen, two km from the main quay",
        "Divers searched the flooded lower deck of the vessel throughout the night, officials"
            + " said in a statement",
        "Harbour master Jonas Aaberg said the ferry had left half an hour late and was carrying"
            + " more passengers",
        "The company that runs the ferry said it would cooperate with the investigation into"
            + " the sinking",
        "Relatives gathered at the terminal");
    assertThat(LineWraps.of(page)).isEmpty();
    assertThat(Sentences.split(page)).hasSize(7);
  }

  @Test
  void shortParagraphsEndingInStopsAreNoWrappedPage() {
    String page = String.join("\n",
        "The ferry capsized in the harbour of Orvika on Tuesday morning.",
        "At least 14 people were killed and dozens were still missing.",
        "Rescue crews searched the water near the village of Strandmoen.",
        "Divers worked through the night in the flooded lower deck.",
        "The harbour master said the ferry had left half an hour late.",
        "The company said it would cooperate with the investigation.");
    assertThat(LineWraps.of(page)).isEmpty();
  }
}
