package io.medli.onnx.proto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the ONNX messages. Fields this code does not know (newer IR versions, vendor
 * extensions) are kept with their complete encoding and written back unchanged.
 */
public abstract class ProtoMessage {
    private List<ByteBuffer> unknownFields;

    /** Encoded fields (tag included) that this code does not know, in file order. */
    public List<ByteBuffer> unknownFields() {
        if (unknownFields == null) {
            unknownFields = new ArrayList<>(0);
        }
        return unknownFields;
    }

    public boolean hasUnknownFields() {
        return unknownFields != null && !unknownFields.isEmpty();
    }
}
