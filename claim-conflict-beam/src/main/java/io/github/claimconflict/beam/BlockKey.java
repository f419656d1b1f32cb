package io.github.claimconflict.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * The articles one worker forms events from: a block of days, and the part of it by names where
 * the block is larger than a worker's cap (else part 0).
 *
 * @param block the block of days ({@link BlockPlan})
 * @param part the part by names ({@link EntityBlocks}), 0 for a block scoped whole
 */
record BlockKey(long block, int part) {

  /** The prefix of the ids of events and conflicts formed here: none for the first part of all. */
  String prefix() {
    if (block == 0 && part == 0) {
      return "";
    }
    return part == 0 ? "b" + block + "/" : "b" + block + "." + part + "/";
  }

  /** Two numbers, fixed width: deterministic, so it can key a grouping. */
  static final class Coder extends AtomicCoder<BlockKey> {
    static final Coder INSTANCE = new Coder();
    private static final long serialVersionUID = 1L;

    @Override
    public void encode(BlockKey k, OutputStream stream) throws IOException {
      DataOutputStream out = Wire.out(stream);
      out.writeLong(k.block());
      out.writeInt(k.part());
      out.flush();
    }

    @Override
    public BlockKey decode(InputStream stream) throws IOException {
      DataInputStream in = Wire.in(stream);
      return new BlockKey(in.readLong(), in.readInt());
    }

    @Override
    public void verifyDeterministic() {}

    private Object readResolve() {
      return INSTANCE;
    }
  }
}
