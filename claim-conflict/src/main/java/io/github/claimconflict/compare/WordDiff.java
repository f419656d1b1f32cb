package io.github.claimconflict.compare;

import com.google.common.collect.ImmutableList;
import io.github.claimconflict.text.QuoteWords;
import io.github.claimconflict.text.QuoteWords.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A word-level difference between two wordings, computed with Commons Text's {@link
 * StringsComparator} (Myers' algorithm) on words rather than characters: each distinct word is
 * mapped to one character, the two strings of characters are compared, and the edit script is
 * read back as words. Words are compared in a normal form that ignores case, punctuation,
 * hyphenation ("vote-buying" is "vote buying") and British/American spelling.
 */
final class WordDiff {

  /**
   * One step of the script: a word kept, removed from the left or added on the right.
   *
   * @param op what the step does
   * @param word the word as written
   * @param key its comparison form
   * @param aside whether the word stands in brackets, an editor's insertion
   */
  record Step(Op op, String word, String key, boolean aside) {}

  /** What a step does. */
  enum Op {
    /** The word is in both wordings. */
    KEEP,
    /** The word is only in the left wording. */
    DELETE,
    /** The word is only in the right wording. */
    INSERT
  }

  private final ImmutableList<Step> steps;

  private WordDiff(List<Step> steps) {
    this.steps = ImmutableList.copyOf(steps);
  }

  /**
   * The difference between two word lists.
   *
   * @param left the first wording
   * @param right the second wording
   * @return the steps that turn the left into the right, removed words before added ones in each
   *     run of changes
   */
  static WordDiff between(List<Word> left, List<Word> right) {
    Map<String, Character> codes = new HashMap<>();
    String a = encode(left, codes);
    String b = encode(right, codes);
    List<Step> steps = new ArrayList<>();
    int[] li = {0};
    int[] ri = {0};
    new StringsComparator(a, b).getScript().visit(new CommandVisitor<>() {
      @Override
      public void visitKeepCommand(Character c) {
        Word w = right.get(ri[0]++);
        li[0]++;
        steps.add(new Step(Op.KEEP, w.written(), w.key(), w.aside()));
      }

      @Override
      public void visitDeleteCommand(Character c) {
        Word w = left.get(li[0]++);
        steps.add(new Step(Op.DELETE, w.written(), w.key(), w.aside()));
      }

      @Override
      public void visitInsertCommand(Character c) {
        Word w = right.get(ri[0]++);
        steps.add(new Step(Op.INSERT, w.written(), w.key(), w.aside()));
      }
    });
    return new WordDiff(deletionsFirst(steps));
  }

  /** Within each run of changes, removed words before added ones, as readers expect. */
  private static List<Step> deletionsFirst(List<Step> steps) {
    List<Step> out = new ArrayList<>(steps.size());
    List<Step> added = new ArrayList<>();
    for (Step s : steps) {
      if (s.op() == Op.KEEP) {
        out.addAll(added);
        added.clear();
        out.add(s);
      } else if (s.op() == Op.INSERT) {
        added.add(s);
      } else {
        out.add(s);
      }
    }
    out.addAll(added);
    return out;
  }

  private static String encode(List<Word> words, Map<String, Character> codes) {
    StringBuilder b = new StringBuilder(words.size());
    for (Word w : words) {
      // Private-use characters: one per distinct word, never confused with real text.
      // A quote is at most 1,500 characters, so its words fit the 6,400 of that area.
      b.append(codes.computeIfAbsent(w.key(), k -> (char) (0xE000 + codes.size())));
    }
    return b.toString();
  }

  /**
   * The edit script.
   *
   * @return the steps, in order
   */
  List<Step> steps() {
    return steps;
  }

  /**
   * The script without the words only one wording has at its start or end: comparing an excerpt
   * with the full quote, or two staggered renderings, leaves nothing but what both cover.
   *
   * @return the trimmed difference, as {@link #trimmed(boolean, boolean, boolean, boolean)} with
   *     every edge possibly cut
   */
  WordDiff trimmed() {
    return trimmed(true, true, true, true);
  }

  /**
   * The script without the edge words only one wording has, where the wording that lacks them
   * may have been cut there: {@code leftStarts} says the left wording's words may start late
   * (an excerpt, or its quote's own start), and so on for each edge of each side.
   *
   * @param leftStarts whether the left wording may start late
   * @param leftEnds whether the left wording may end early
   * @param rightStarts whether the right wording may start late
   * @param rightEnds whether the right wording may end early
   * @return the trimmed difference; this one when nothing is kept or when the edges look like a
   *     moved clause rather than a cut
   */
  WordDiff trimmed(boolean leftStarts, boolean leftEnds, boolean rightStarts,
      boolean rightEnds) {
    int firstKeep = 0;
    while (firstKeep < steps.size() && steps.get(firstKeep).op() != Op.KEEP) {
      firstKeep++;
    }
    int lastKeep = steps.size() - 1;
    while (lastKeep >= 0 && steps.get(lastKeep).op() != Op.KEEP) {
      lastKeep--;
    }
    if (lastKeep < 0) {
      return this;
    }
    List<Step> head = steps.subList(0, firstKeep);
    List<Step> tail = steps.subList(lastKeep + 1, steps.size());
    // An edge only one wording has is an excerpt's cut; when one wording starts earlier and the
    // other ends later (staggered renderings), only the overlap is compared. Where both have
    // words at an edge and one of them was cut there, the other's words beyond as many as the
    // cut one has are the cut: "we only hear" against "I think that ... recording you only
    // hear" is "we" against "you".
    // Words only the right has (INSERT) are missing on the left: the left must be cut there.
    List<Step> lead = cut(head, leftStarts, rightStarts, true);
    List<Step> trail = cut(tail, leftEnds, rightEnds, false);
    List<Step> headCut = dropped(head, lead);
    List<Step> tailCut = dropped(tail, trail);
    if (shareContent(only(headCut, Op.INSERT), only(tailCut, Op.DELETE))
        || shareContent(only(headCut, Op.DELETE), only(tailCut, Op.INSERT))) {
      return this; // a clause one wording puts first and the other last moved, it was not cut
    }
    List<Step> out = new ArrayList<>(lead);
    out.addAll(steps.subList(firstKeep, lastKeep + 1));
    out.addAll(trail);
    return new WordDiff(out);
  }

  /**
   * The changes at one edge less the words a cut explains: all of them when only one wording has
   * words there and the other may be cut there; when both have words there and only one may be
   * cut, the other's words beyond as many as the cut one has, farthest from the kept words.
   */
  private static List<Step> cut(List<Step> edge, boolean leftCut, boolean rightCut,
      boolean lead) {
    long deletes = edge.stream().filter(x -> x.op() == Op.DELETE).count();
    long inserts = edge.size() - deletes;
    // Words only the right has (INSERT) are missing on the left: the left may be cut there.
    if (deletes == 0 && leftCut || inserts == 0 && rightCut) {
      return List.of();
    }
    if (leftCut == rightCut) {
      return edge; // each has words of its own there: they were swapped, whichever was cut
    }
    long dropInserts = leftCut ? Math.max(0, inserts - deletes) : 0;
    long dropDeletes = rightCut ? Math.max(0, deletes - inserts) : 0;
    List<Step> out = new ArrayList<>();
    List<Step> deleted = edge.stream().filter(x -> x.op() == Op.DELETE).toList();
    List<Step> inserted = edge.stream().filter(x -> x.op() == Op.INSERT).toList();
    // Removed words before added ones, as every run of changes is written.
    out.addAll(lead ? deleted.subList((int) dropDeletes, deleted.size())
        : deleted.subList(0, deleted.size() - (int) dropDeletes));
    out.addAll(lead ? inserted.subList((int) dropInserts, inserted.size())
        : inserted.subList(0, inserted.size() - (int) dropInserts));
    return out;
  }

  private static List<Step> only(List<Step> steps, Op op) {
    return steps.stream().filter(x -> x.op() == op).toList();
  }

  /** The steps of an edge that a cut left out. */
  private static List<Step> dropped(List<Step> edge, List<Step> kept) {
    List<Step> out = new ArrayList<>(edge);
    kept.forEach(out::remove);
    return out;
  }

  private static boolean shareContent(List<Step> a, List<Step> b) {
    java.util.Set<String> stems = new java.util.HashSet<>();
    a.stream().filter(x -> QuoteWords.isContent(x.key()))
        .forEach(x -> stems.add(QuoteWords.stem(x.key())));
    return b.stream().anyMatch(x -> QuoteWords.isContent(x.key())
        && stems.contains(QuoteWords.stem(x.key())));
  }

  /**
   * The same difference read the other way: what was removed is added.
   *
   * @return the reversed difference
   */
  WordDiff reversed() {
    List<Step> out = new ArrayList<>(steps.size());
    for (Step s : steps) {
      Op op = switch (s.op()) {
        case KEEP -> Op.KEEP;
        case DELETE -> Op.INSERT;
        case INSERT -> Op.DELETE;
      };
      out.add(new Step(op, s.word(), s.key(), s.aside()));
    }
    return new WordDiff(deletionsFirst(out));
  }

  /**
   * Whether nothing but kept words remain.
   *
   * @return true if every step keeps a word
   */
  boolean isSame() {
    return steps.stream().allMatch(s -> s.op() == Op.KEEP);
  }

  /**
   * Whether one wording only adds words to the other: one is an excerpt of the other.
   *
   * @return true unless words are both removed and added
   */
  boolean isOneSided() {
    boolean deletes = steps.stream().anyMatch(s -> s.op() == Op.DELETE);
    boolean inserts = steps.stream().anyMatch(s -> s.op() == Op.INSERT);
    return !(deletes && inserts);
  }

  /**
   * The script in the style of {@code git diff --word-diff}: {@code were [-overall-] {+fully+}}.
   *
   * @return the rendered script
   */
  String render() {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < steps.size()) {
      Op op = steps.get(i).op();
      List<String> run = new ArrayList<>();
      while (i < steps.size() && steps.get(i).op() == op) {
        run.add(steps.get(i).word());
        i++;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      String words = String.join(" ", run);
      b.append(switch (op) {
        case KEEP -> words;
        case DELETE -> "[-" + words + "-]";
        case INSERT -> "{+" + words + "+}";
      });
    }
    return b.toString();
  }
}
