package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Dependency;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * One event formed, on its way to the worker that compares it: the event as its block's scope
 * gave it, the copies among its articles, and the articles to compare (all of them, or the first
 * {@code maxEventArticles} of a larger event).
 *
 * @param block the block (and part) the event was formed in
 * @param index the event's place in its block's order, for numbering conflicts as the library does
 * @param event the event, with its block-local id
 * @param dependencies the copies found among its articles
 * @param articles the articles to compare, in the event's order
 * @param notCompared how many of the event's articles are left out by the cap
 */
record EventToCompare(BlockKey block, int index, Event event, List<Dependency> dependencies,
    List<Article> articles, int notCompared) {

  EventToCompare {
    dependencies = List.copyOf(dependencies);
    articles = List.copyOf(articles);
  }

  /** Field by field, as the other coders: deterministic, no Java serialization. */
  static final class Coder extends AtomicCoder<EventToCompare> {
    static final Coder INSTANCE = new Coder();
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(EventToCompare e, OutputStream stream) throws IOException {
      DataOutputStream out = Wire.out(stream);
      BlockKey.Coder.INSTANCE.encode(e.block(), out);
      out.writeInt(e.index());
      ResultCoders.event(out, e.event());
      Wire.list(out, e.dependencies(), (o, d) -> {
        Wire.string(o, d.first());
        Wire.string(o, d.second());
        o.writeDouble(d.shared());
      });
      out.writeInt(e.notCompared());
      Wire.list(out, e.articles(), (o, a) -> ArticleCoder.of().encode(a, o));
      out.flush();
    }

    @Override
    public EventToCompare decode(InputStream stream) throws IOException {
      DataInputStream in = Wire.in(stream);
      BlockKey block = BlockKey.Coder.INSTANCE.decode(in);
      int index = in.readInt();
      Event event = ResultCoders.event(in);
      List<Dependency> dependencies = Wire.list(in,
          i -> new Dependency(Wire.string(i), Wire.string(i), i.readDouble()));
      int notCompared = in.readInt();
      List<Article> articles = Wire.list(in, i -> ArticleCoder.of().decode(i));
      return new EventToCompare(block, index, event, dependencies, articles, notCompared);
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
