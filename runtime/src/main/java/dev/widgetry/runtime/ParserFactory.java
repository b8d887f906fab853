package dev.widgetry.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.Reader;

/**
 * Jackson's factory, except that a parser of text (a {@code String}, {@code char[]} or
 * {@code Reader}) gets a symbol table of its own instead of a child of one the factory shares.
 *
 * <p>A shared table is changed by every document read: a hostile document of property names that
 * collide under the table's hash (about 30 KB of them) leaves it in a state where later valid
 * documents fail with {@code IllegalStateException: Internal error on SymbolTable.rehash()}
 * (Jackson's bug). With a table per document, one request cannot harm another. Byte input keeps
 * its shared table, a different structure (Jackson's {@code ByteQuadsCanonicalizer}) with a hash
 * seeded per factory, which the same names do not harm (a test keeps it so): reading bytes is the
 * fast path, and keeps its names from one document to the next.
 *
 * <p>Bytes that can only be UTF-8 without a byte order mark, which is every request Widgetry reads
 * ({@code Documents} refuses other encodings), get their parser directly rather than through
 * Jackson's encoding detection, which builds a {@code ByteSourceJsonBootstrapper} for each document
 * to find what the first bytes already show. Whether C2 could do away with that object depended on
 * the order in which it compiled Jackson's methods, so that a request allocated 40 bytes more in
 * some JVMs than in others (benchmarks/ANALYSIS.md). Any other bytes go through Jackson's detection.
 */
final class ParserFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  ParserFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private ParserFactory(ParserFactory source) {
    super(source, (ObjectCodec) null);
  }

  @Override
  public JsonFactory copy() {
    return new ParserFactory(this);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
    if (!isEnabled(Feature.CANONICALIZE_FIELD_NAMES) || !plainUtf8(data, offset, length)) {
      return super._createParser(data, offset, length, context);
    }
    // What Jackson's detection ends with for such bytes: UTF-8, no byte skipped, a child of the shared table.
    _streamReadConstraints.validateDocumentLength(length);
    context.setEncoding(JsonEncoding.UTF8);
    return new UTF8StreamJsonParser(context, _parserFeatures, null, _objectCodec,
        _byteSymbolCanonicalizer.makeChild(_factoryFeatures), data, offset, offset + length, 0, false);
  }

  /**
   * Whether Jackson's detection would read these bytes as UTF-8 without a byte order mark: four
   * bytes or more, none of the first four zero (as UTF-16 and UTF-32 have), and a first byte that
   * does not begin a byte order mark ({@code EF}, {@code FE}, {@code FF}).
   */
  static boolean plainUtf8(byte[] data, int offset, int length) {
    if (length < 4) {
      return false;
    }
    int first = data[offset] & 0xFF;
    return first != 0xEF && first != 0xFE && first != 0xFF
        && data[offset] != 0 && data[offset + 1] != 0 && data[offset + 2] != 0 && data[offset + 3] != 0;
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    _streamReadConstraints.validateDocumentLength(length);
    return new ReaderBasedJsonParser(context, _parserFeatures, null, _objectCodec, ownSymbols(), data, offset,
        offset + length, recyclable);
  }

  @Override
  protected JsonParser _createParser(Reader reader, IOContext context) {
    return new ReaderBasedJsonParser(context, _parserFeatures, reader, _objectCodec, ownSymbols());
  }

  private CharsToNameCanonicalizer ownSymbols() {
    return CharsToNameCanonicalizer.createRoot(this).makeChild();
  }
}
