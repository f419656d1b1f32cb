package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Articles held as their UTF-8 bytes and made anew on each {@code get}, as a list backed by a
 * file would make them: the scan reaches articles by place and keeps none, so what a large scan
 * holds is this list (about half of the same texts in {@code String}s, which real news, with
 * its typographic quotes and dashes, stores at two bytes a character) and its own state.
 */
final class CompactArticles extends AbstractList<Article> implements RandomAccess {

  private final String[] ids;
  private final String[] sources;
  private final LocalDate[] published;
  private final byte[][] texts;

  CompactArticles(List<Article> articles) {
    int n = articles.size();
    ids = new String[n];
    sources = new String[n];
    published = new LocalDate[n];
    texts = new byte[n][];
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      if (a.title().isPresent() || a.url().isPresent()) {
        throw new IllegalArgumentException("a compact article keeps no title or url: " + a.id());
      }
      ids[i] = a.id();
      sources[i] = a.source().orElse(null);
      published[i] = a.published().orElse(null);
      texts[i] = a.text().getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public Article get(int i) {
    return new Article(ids[i], Optional.ofNullable(sources[i]), Optional.ofNullable(published[i]),
        Optional.empty(), Optional.empty(), new String(texts[i], StandardCharsets.UTF_8));
  }

  @Override
  public int size() {
    return ids.length;
  }
}
