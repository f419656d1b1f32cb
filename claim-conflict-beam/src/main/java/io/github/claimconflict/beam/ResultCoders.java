package io.github.claimconflict.beam;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.scope.Event;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * Coders for the scan's results, field by field over the library's records: deterministic, and
 * each field written once in a fixed order, so a result costs its content and nothing more.
 */
public final class ResultCoders {

  private ResultCoders() {}

  /** The coder of {@link ScannedEvent}. */
  public static AtomicCoder<ScannedEvent> events() {
    return ScannedEventCoder.INSTANCE;
  }

  /** The coder of {@link SkippedArticle}. */
  public static AtomicCoder<SkippedArticle> skipped() {
    return SkippedCoder.INSTANCE;
  }

  private static final class ScannedEventCoder extends AtomicCoder<ScannedEvent> {
    static final ScannedEventCoder INSTANCE = new ScannedEventCoder();
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(ScannedEvent e, OutputStream stream) throws IOException {
      DataOutputStream out = Wire.out(stream);
      event(out, e.event());
      Wire.list(out, e.conflicts(), ResultCoders::conflict);
      out.writeInt(e.articlesNotCompared());
      out.flush();
    }

    @Override
    public ScannedEvent decode(InputStream stream) throws IOException {
      DataInputStream in = Wire.in(stream);
      return new ScannedEvent(event(in), Wire.list(in, ResultCoders::conflict), in.readInt());
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  private static final class SkippedCoder extends AtomicCoder<SkippedArticle> {
    static final SkippedCoder INSTANCE = new SkippedCoder();
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(SkippedArticle s, OutputStream stream) throws IOException {
      DataOutputStream out = Wire.out(stream);
      Wire.string(out, s.id());
      Wire.string(out, s.reason());
      Wire.optional(out, s.file(), Wire::string);
      Wire.optionalInt(out, s.line());
      out.flush();
    }

    @Override
    public SkippedArticle decode(InputStream stream) throws IOException {
      DataInputStream in = Wire.in(stream);
      return new SkippedArticle(Wire.string(in), Wire.string(in), Wire.optional(in, Wire::string),
          Wire.optionalInt(in));
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }

  static void event(DataOutputStream out, Event e) throws IOException {
    Wire.string(out, e.id());
    Wire.list(out, e.articles(), Wire::string);
    Wire.string(out, e.label());
    Wire.optional(out, e.from(), Wire::date);
    Wire.optional(out, e.to(), Wire::date);
    Wire.list(out, e.joined(), (o, j) -> {
      Wire.string(o, j.article());
      Wire.optional(o, j.date(), Wire::date);
      o.writeInt(j.datedBy().ordinal());
      o.writeDouble(j.similarity());
      Wire.list(o, j.shared(), Wire::string);
      Wire.optional(o, j.copies(), Wire::string);
    });
  }

  static Event event(DataInputStream in) throws IOException {
    return new Event(Wire.string(in), Wire.list(in, Wire::string), Wire.string(in),
        Wire.optional(in, Wire::date), Wire.optional(in, Wire::date),
        Wire.list(in, i -> new Event.Joined(Wire.string(i), Wire.optional(i, Wire::date),
            Event.DatedBy.values()[i.readInt()], i.readDouble(), Wire.list(i, Wire::string),
            Wire.optional(i, Wire::string))));
  }

  static void conflict(DataOutputStream out, Conflict c) throws IOException {
    Wire.string(out, c.id());
    out.writeInt(c.kind().ordinal());
    Wire.string(out, c.event());
    Wire.string(out, c.topic());
    out.writeDouble(c.confidence());
    Wire.string(out, c.explanation());
    Wire.optional(out, c.diff(), Wire::string);
    Wire.list(out, c.positions(), ResultCoders::position);
    Wire.list(out, c.factors(), (o, f) -> {
      Wire.string(o, f.name());
      o.writeDouble(f.value());
      Wire.string(o, f.meaning());
    });
  }

  static Conflict conflict(DataInputStream in) throws IOException {
    return new Conflict(Wire.string(in), ConflictKind.values()[in.readInt()], Wire.string(in),
        Wire.string(in), in.readDouble(), Wire.string(in), Wire.optional(in, Wire::string),
        Wire.list(in, ResultCoders::position),
        Wire.list(in, i -> new ConfidenceFactor(Wire.string(i), i.readDouble(), Wire.string(i))));
  }

  static void position(DataOutputStream out, Position p) throws IOException {
    Wire.string(out, p.value());
    Wire.string(out, p.normalized());
    Wire.optionalDouble(out, p.low());
    Wire.optionalDouble(out, p.high());
    Wire.optional(out, p.unit(), Wire::string);
    Wire.list(out, p.articles(), Wire::string);
    Wire.list(out, p.claimants(), Wire::string);
    Wire.list(out, p.evidence(), (o, e) -> {
      Wire.string(o, e.articleId());
      o.writeInt(e.start());
      o.writeInt(e.end());
      Wire.string(o, e.sentence());
      o.writeInt(e.sentenceStart());
    });
    out.writeInt(p.support());
  }

  static Position position(DataInputStream in) throws IOException {
    return new Position(Wire.string(in), Wire.string(in),
        Wire.optionalDouble(in), Wire.optionalDouble(in),
        Wire.optional(in, Wire::string), Wire.list(in, Wire::string), Wire.list(in, Wire::string),
        Wire.list(in, i -> new Evidence(Wire.string(i), i.readInt(), i.readInt(), Wire.string(i),
            i.readInt())),
        in.readInt());
  }
}
