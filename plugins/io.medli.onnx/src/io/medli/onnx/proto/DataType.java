package io.medli.onnx.proto;

/** {@code TensorProto.DataType}: element types and their sizes. */
public final class DataType {
    public static final int UNDEFINED = 0, FLOAT = 1, UINT8 = 2, INT8 = 3, UINT16 = 4, INT16 = 5, INT32 = 6,
            INT64 = 7, STRING = 8, BOOL = 9, FLOAT16 = 10, DOUBLE = 11, UINT32 = 12, UINT64 = 13, COMPLEX64 = 14,
            COMPLEX128 = 15, BFLOAT16 = 16, FLOAT8E4M3FN = 17, FLOAT8E4M3FNUZ = 18, FLOAT8E5M2 = 19,
            FLOAT8E5M2FNUZ = 20, UINT4 = 21, INT4 = 22, FLOAT4E2M1 = 23, FLOAT8E8M0 = 24, UINT2 = 25, INT2 = 26;

    private static final String[] NAMES = { "undefined", "float32", "uint8", "int8", "uint16", "int16", "int32",
            "int64", "string", "bool", "float16", "float64", "uint32", "uint64", "complex64", "complex128", "bfloat16",
            "float8e4m3fn", "float8e4m3fnuz", "float8e5m2", "float8e5m2fnuz", "uint4", "int4", "float4e2m1",
            "float8e8m0", "uint2", "int2" };
    /** Size in bits of one element; 0 for strings and unknown types. */
    private static final int[] BITS = { 0, 32, 8, 8, 16, 16, 32, 64, 0, 8, 16, 64, 32, 64, 64, 128, 16, 8, 8, 8, 8,
            4, 4, 4, 8, 2, 2 };

    private DataType() {
    }

    public static String name(int type) {
        return type >= 0 && type < NAMES.length ? NAMES[type] : "type" + type;
    }

    public static boolean isKnown(int type) {
        return type > 0 && type < NAMES.length;
    }

    public static int bits(int type) {
        return type >= 0 && type < BITS.length ? BITS[type] : 0;
    }

    /** Bytes taken by {@code count} elements, rounded up for sub-byte types. */
    public static long bytes(int type, long count) {
        return (bits(type) * count + 7) / 8;
    }

    public static boolean isFloat(int type) {
        return type == FLOAT || type == DOUBLE || type == FLOAT16 || type == BFLOAT16
                || (type >= FLOAT8E4M3FN && type <= FLOAT8E5M2FNUZ) || type == FLOAT4E2M1 || type == FLOAT8E8M0;
    }

    public static boolean isInteger(int type) {
        return switch (type) {
            case UINT8, INT8, UINT16, INT16, INT32, INT64, UINT32, UINT64, UINT4, INT4, UINT2, INT2 -> true;
            default -> false;
        };
    }
}
