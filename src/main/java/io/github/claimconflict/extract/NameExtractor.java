package io.github.claimconflict.extract;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts {@link NameClaim}s: runs of capitalized words, joined by the small words organisation
 * names use ("Organisation for Security and Cooperation in Europe") and by hyphens ("Alder-Ness"),
 * with titles kept apart as a role and possessives removed. Sentence starts count only where the
 * article also capitalizes the word in mid-sentence or what follows shows a name; headlines,
 * days and months are left out.
 */
public final class NameExtractor implements ClaimExtractor<NameClaim> {

  @Override
  public List<NameClaim> extract(ArticleText text) {
    List<NameClaim> out = new ArrayList<>();
    List<Sentences.Sentence> sentences = text.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> t = text.tokens(i);
      if (text.isBoilerplate(i) || text.isHeadline(i)) {
        continue;
      }
      Sentences.Sentence s = sentences.get(i);
      Evidence.Windows windows = new Evidence.Windows(s.text(), s.start());
      for (Name n : NameReader.names(t, text.midSentenceCapitals())) {
        int start = t.get(n.first()).start();
        int end = start + n.text().length();
        if (!text.text().startsWith(n.text(), start)) {
          end = t.get(n.last() - 1).end(); // a possessive was removed inside the run
        }
        out.add(new NameClaim(windows.of(text.article().id(), start, end), n.text(), n.role()));
      }
    }
    return out;
  }
}
