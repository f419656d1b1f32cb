package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import io.github.claimconflict.Article;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fingerprint's hashes and its two ways in. */
class ShinglesTest {

  @Test
  void hashesARunAsGuavasMurmur3Does() {
    SplittableRandom random = new SplittableRandom(14);
    int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 17, 31 * 17};
    for (int x : edges) {
      assertThat(Shingles.murmur3(x)).isEqualTo(Hashing.murmur3_32_fixed().hashInt(x).asInt());
    }
    for (int i = 0; i < 10_000; i++) {
      int x = random.nextInt();
      assertThat(Shingles.murmur3(x)).isEqualTo(Hashing.murmur3_32_fixed().hashInt(x).asInt());
    }
  }

  @Test
  void aTextAloneGivesTheFingerprintOfItsReading() {
    String text = "Harbour board closes Orlen pier\n\nSubscribe to our newsletter\n\n"
        + "The harbour board of Orlen closed the north pier on Tuesday after a crane toppled "
        + "into the water, a spokeswoman said. \u201cWe will reopen it when the divers are done,\u201d "
        + "she told reporters. Ferries to Dalmora ran from the south pier instead.\n\n"
        + "Read more: Orlen's ferry timetable";
    int[] read = Shingles.fingerprint(ArticleText.of(Article.of("orlen-1", text)));
    assertThat(read).isNotEmpty();
    assertThat(Shingles.fingerprint(text)).isEqualTo(read);
  }
}
