package io.github.claimconflict.extract;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.extract.ContextReader.Name;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts {@link NameClaim}s: runs of capitalized words, joined by the small words organisation
 * names use ("Organisation for Security and Cooperation in Europe") and by hyphens ("Ala-Too"),
 * with titles kept apart as a role and possessives removed. Sentence starts count only where the
 * article also capitalizes the word in mid-sentence or what follows shows a name; headlines,
 * days and months are left out.
 */
public final class NameExtractor implements ClaimExtractor {

  @Override
  public List<NameClaim> extract(Article article) {
    String text = article.text();
    List<Sentences.Sentence> sentences = Boilerplate.contentSentences(text);
    List<List<Token>> tokenized = new ArrayList<>(sentences.size());
    Set<String> capitals = new HashSet<>();
    for (Sentences.Sentence s : sentences) {
      List<Token> t = Tokenizer.tokenize(text, s.start(), s.end());
      tokenized.add(t);
      if (!ContextReader.isHeadline(t)) {
        ContextReader.collectMidSentenceCapitals(t, capitals);
      }
    }
    List<NameClaim> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> t = tokenized.get(i);
      if (ContextReader.isHeadline(t)) {
        continue;
      }
      Sentences.Sentence s = sentences.get(i);
      for (Name n : ContextReader.names(t, capitals)) {
        int start = t.get(n.first()).start();
        int end = start + n.text().length();
        if (!text.startsWith(n.text(), start)) {
          end = t.get(n.last() - 1).end(); // a possessive was removed inside the run
        }
        out.add(new NameClaim(Evidence.of(article.id(), start, end, s.text(), s.start()),
            n.text(), n.role()));
      }
    }
    return out;
  }
}
