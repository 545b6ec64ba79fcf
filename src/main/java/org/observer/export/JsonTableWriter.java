package org.observer.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import org.observer.data.Sha256;

/** A JSON array of objects, one a row, written as it goes; times with their offset (ISO 8601). */
final class JsonTableWriter implements TableWriter {
    /** Writers never close the stream: a ZIP goes on after its entries. */
    static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final DigestOutputStream digest;
    private final JsonGenerator json;
    private SerializableString[] names;

    JsonTableWriter(OutputStream out) throws IOException {
        digest = Sha256.over(out);
        json = FACTORY.createGenerator(digest);
    }

    @Override
    public void start(String table, List<? extends Column<?>> columns) throws IOException {
        names = columns.stream().map(c -> new SerializedString(c.name())).toArray(SerializableString[]::new);
        json.writeStartArray();
    }

    @Override
    public void row(Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(names[i]);
            write(json, values[i]);
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof ZonedDateTime time) {
            json.writeString(time.toOffsetDateTime().toString());
        } else {
            json.writeString(value.toString());
        }
    }

    @Override
    public String endData() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
        return Sha256.hex(digest);
    }

    @Override
    public void finish(Manifest manifest) throws IOException {
        json.flush();
    }
}
