package dev.widgetry.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
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
