package io.github.claimconflict.beam;

import io.github.claimconflict.Article;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * An {@link Article} field by field: deterministic (the same article, the same bytes), so articles
 * can be keys, and independent of Java serialization, which the library's records do not offer.
 */
public final class ArticleCoder extends AtomicCoder<Article> {

  private static final ArticleCoder INSTANCE = new ArticleCoder();
  private static final long serialVersionUID = 1L;

  private ArticleCoder() {}

  /** The coder. */
  public static ArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article a, OutputStream stream) throws IOException {
    DataOutputStream out = Wire.out(stream);
    Wire.string(out, a.id());
    Wire.optional(out, a.source(), Wire::string);
    Wire.optional(out, a.published(), Wire::date);
    Wire.optional(out, a.title(), Wire::string);
    Wire.optional(out, a.url(), Wire::string);
    Wire.string(out, a.text());
    out.flush();
  }

  @Override
  public Article decode(InputStream stream) throws IOException {
    DataInputStream in = Wire.in(stream);
    return new Article(Wire.string(in), Wire.optional(in, Wire::string),
        Wire.optional(in, Wire::date), Wire.optional(in, Wire::string),
        Wire.optional(in, Wire::string), Wire.string(in));
  }

  @Override
  public void verifyDeterministic() {}

  private Object readResolve() {
    return INSTANCE;
  }
}
