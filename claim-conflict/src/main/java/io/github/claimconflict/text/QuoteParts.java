package io.github.claimconflict.text;

import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of quotes split around their attribution ("We will talk to everyone," he added, "but
 * we will not betray our voters."): alignment keeps them in one group and comparison reads them as
 * one wording.
 */
public final class QuoteParts {

  private QuoteParts() {}

  /** How far apart, in characters, two parts of one split quote may stand. */
  private static final int SPLIT_GAP = 120;

  /**
   * The most characters (white space and marks) between the sentences of two parts of one split
   * quote: more hold a sentence of their own.
   */
  private static final int SENTENCE_GAP = 8;

  /**
   * Quotes as renderings: within one article, quotes by the same speaker that follow each other
   * closely with only marks or an attribution between them are the parts of one split quote;
   * fragments a sentence strings together ('would "drift away" if they left "without
   * judgement"') stay apart.
   */
  public static List<List<QuoteClaim>> renderings(List<QuoteClaim> claims) {
    List<QuoteClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Claim.inTextOrder());
    List<List<QuoteClaim>> out = new ArrayList<>();
    List<QuoteClaim> run = new ArrayList<>();
    for (QuoteClaim c : sorted) {
      QuoteClaim last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last == null || !continues(last, c)) {
        if (!run.isEmpty()) {
          out.add(run);
        }
        run = new ArrayList<>();
      }
      run.add(c);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  /** Whether {@code next} goes on with the quote {@code last} began. */
  public static boolean continues(QuoteClaim last, QuoteClaim next) {
    return last.articleId().equals(next.articleId())
        && next.evidence().start() >= last.evidence().end()
        && next.evidence().start() - last.evidence().end() <= SPLIT_GAP
        && (last.speaker().isEmpty() || next.speaker().isEmpty()
            || last.speaker().equals(next.speaker()))
        && attributionBetween(last, next);
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb' || c == '\'' || c == '\u2019';
  }

  /**
   * Whether the words between two quotes of one article are an attribution, or nothing after a
   * quote left open (a quote that goes on in the next paragraph).
   */
  private static boolean attributionBetween(QuoteClaim first, QuoteClaim second) {
    Evidence a = first.evidence();
    Evidence b = second.evidence();
    String gap;
    if (a.sentenceStart() == b.sentenceStart()) {
      int from = a.end() - a.sentenceStart();
      int to = b.start() - b.sentenceStart();
      gap = from <= to && to <= a.sentence().length() ? a.sentence().substring(from, to) : "";
    } else {
      if (b.sentenceStart() - (a.sentenceStart() + a.sentence().length()) > SENTENCE_GAP) {
        // Another sentence stands between them ('"...," warned the premier. The minister said
        // that ... "...," said X'): the second quote is a statement of its own.
        return false;
      }
      gap = a.sentence().substring(a.end() - a.sentenceStart()) + " "
          + b.sentence().substring(0, b.start() - b.sentenceStart());
    }
    List<QuoteWords.Word> words = QuoteWords.words(gap);
    if (words.isEmpty()) {
      // Nothing between: a quote left open at the end of its paragraph goes on in the next;
      // one its mark closed is a quote of its own.
      int after = a.end() - a.sentenceStart();
      return after >= a.sentence().length() || !isMark(a.sentence().charAt(after));
    }
    // A quote closed on a full stop is whole when words of another sentence lead to the next
    // ('... from here." The ministry called it a "criminal attack"'); a split quote's first
    // part ends on a comma ('"We will win," he said. "They will lose."').
    if (a.sentenceStart() != b.sentenceStart() && endsSentence(first.surface())) {
      return false;
    }
    // Words that end in a colon introduce a quote of their own ('... opposition leader Anna Berg
    // said: "'), never the rest of the one before; so do words that run into the next quote as
    // part of their own clause ('spoke of "deep grief" while the mayor described it as a "dark
    // day"'): an attribution between two parts ends on a comma or a full stop.
    return !introducesQuote(gap) && !runsIntoQuote(gap)
        && words.stream().anyMatch(w -> QuoteWords.REPORTING_VERBS.contains(w.key()));
  }

  /**
   * Whether the words before a quote end in a word, with no mark of punctuation after it, and
   * carry no comma or full stop of their own: '"...," Mr Arlen said, saying the "..."' is one
   * speaker's attribution closed by its comma, then more of the same statement.
   */
  private static boolean runsIntoQuote(String gap) {
    int end = lastBeforeMarks(gap);
    if (end <= 0 || !Character.isLetterOrDigit(gap.charAt(end - 1))) {
      return false;
    }
    int start = 0;
    while (start < end && !Character.isLetterOrDigit(gap.charAt(start))) {
      start++; // the marks that close the quote before: '," '
    }
    for (int i = start; i < end; i++) {
      char c = gap.charAt(i);
      if (c == ',' || c == '.' || c == ';') {
        return false;
      }
    }
    return true;
  }

  /** Where the words before a quote end, its opening mark and white space aside. */
  private static int lastBeforeMarks(String gap) {
    int end = gap.length();
    while (end > 0 && (Character.isWhitespace(gap.charAt(end - 1)) || isMark(gap.charAt(end - 1))
        || gap.charAt(end - 1) == '\u201e' || gap.charAt(end - 1) == '\u00ab')) {
      end--;
    }
    return end;
  }

  /** Whether a quote's words end on a full stop, a question or an exclamation mark. */
  private static boolean endsSentence(String quote) {
    int end = quote.length();
    while (end > 0 && Character.isWhitespace(quote.charAt(end - 1))) {
      end--;
    }
    return end > 0 && ".?!".indexOf(quote.charAt(end - 1)) >= 0;
  }

  /** Whether the words before a quote end in a colon, its opening mark aside. */
  private static boolean introducesQuote(String gap) {
    int end = lastBeforeMarks(gap);
    return end > 0 && gap.charAt(end - 1) == ':';
  }
}
