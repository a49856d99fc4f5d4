package org.cairn.sealing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a text column that holds health data, or a content that may carry it, to its sealed bytes:
 * the entity and its audit rows hold ciphertext only, and the database, its backups and its
 * history never hold the text in the clear.
 */
@ApplicationScoped
@Converter
public class SealedText implements AttributeConverter<String, byte[]> {

    static final String LABEL = "text";

    @Inject Sealing sealing;

    @Override
    public byte[] convertToDatabaseColumn(String text) {
        return text == null ? null : sealing.seal(text, LABEL);
    }

    @Override
    public String convertToEntityAttribute(byte[] sealed) {
        return sealed == null ? null : sealing.openText(sealed, LABEL);
    }
}
