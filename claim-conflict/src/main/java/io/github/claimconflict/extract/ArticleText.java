package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.Article;
import io.github.claimconflict.text.Language;
import io.github.claimconflict.text.Languages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An article read once for all extractors: its sentences, their tokens, which sentences are page
 * boilerplate, and the words the article capitalizes in mid-sentence (which tell a name at a
 * sentence's start). Immutable; build it with {@link #of(Article)}.
 */
public final class ArticleText {

  private final Article article;
  private final ImmutableList<Sentences.Sentence> sentences;
  private final ImmutableList<List<Token>> tokens;
  private final boolean[] furniture;
  private final boolean[] headline;
  private final Boilerplate boilerplate;
  private final ImmutableSet<String> capitals;
  private final Optional<Language> language;
  /** Each sentence's names, read on first asking: the three extractors all read them. */
  private final List<List<NameReader.Name>> names;

  private ArticleText(Article article) {
    this.article = article;
    String text = article.text();
    this.boilerplate = Boilerplate.of(text);
    this.sentences = ImmutableList.copyOf(Sentences.split(text));
    List<List<Token>> t = new ArrayList<>(sentences.size());
    this.furniture = new boolean[sentences.size()];
    this.headline = new boolean[sentences.size()];
    Set<String> caps = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Sentence s = sentences.get(i);
      List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
      t.add(tokens);
      furniture[i] = boilerplate.covers(s.start(), s.end());
      headline[i] = NameReader.isHeadline(tokens);
      if (!furniture[i] && !headline[i]) {
        NameReader.collectMidSentenceCapitals(tokens, caps);
      }
    }
    this.tokens = ImmutableList.copyOf(t);
    this.capitals = ImmutableSet.copyOf(caps);
    this.language = Languages.identify(text);
    this.names = new ArrayList<>(Collections.nCopies(sentences.size(), null));
  }

  /** Reads the article: splits, tokenizes and finds its boilerplate. */
  public static ArticleText of(Article article) {
    return new ArticleText(article);
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  /** All sentences, boilerplate included, in order. */
  public List<Sentences.Sentence> sentences() {
    return sentences;
  }

  /** The tokens of sentence {@code i}. */
  public List<Token> tokens(int i) {
    return tokens.get(i);
  }

  /** Whether sentence {@code i} is page boilerplate, from which no claim is read. */
  public boolean isBoilerplate(int i) {
    return furniture[i];
  }

  /** Whether sentence {@code i} is a headline: no closing stop, most longer words capitalized. */
  public boolean isHeadline(int i) {
    return headline[i];
  }

  /**
   * The article's language, identified once from its whole text (see {@link Languages}); empty
   * when the text does not decide.
   */
  public Optional<Language> language() {
    return language;
  }

  public Boilerplate boilerplate() {
    return boilerplate;
  }

  /**
   * The names of sentence {@code i} ({@link NameReader#names} of its tokens), read once.
   * An article is read on one thread; a race would only read the same names twice.
   */
  List<NameReader.Name> names(int i) {
    List<NameReader.Name> n = names.get(i);
    if (n == null) {
      n = List.copyOf(NameReader.names(tokens.get(i), capitals));
      names.set(i, n);
    }
    return n;
  }

  /** Lower-case words the article capitalizes after a sentence's first word, outside headlines. */
  Set<String> midSentenceCapitals() {
    return capitals;
  }
}
