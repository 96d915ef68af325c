package io.medli.compress;

import io.medli.onnx.proto.NodeProto;

/**
 * Where a 2-D convolution reads its input: kernel, strides, dilations and explicit padding, and the
 * input patch (one group's channels x kernel taps, zero outside the input) behind an output position.
 * The weight-rounding methods gather second moments of these patches.
 */
final class ConvPatches {
    final int group, inPerGroup, kh, kw;
    private final int sh, sw, dh, dw, padTop, padLeft, padBottom, padRight;

    ConvPatches(NodeProto conv, long[] weightDims) {
        inPerGroup = (int) weightDims[1];
        kh = (int) weightDims[2];
        kw = (int) weightDims[3];
        group = (int) conv.intAttr("group", 1);
        long[] strides = conv.intsAttr("strides"), dilations = conv.intsAttr("dilations"), pads = conv.intsAttr("pads");
        sh = strides == null ? 1 : (int) strides[0];
        sw = strides == null ? 1 : (int) strides[1];
        dh = dilations == null ? 1 : (int) dilations[0];
        dw = dilations == null ? 1 : (int) dilations[1];
        padTop = pads == null ? 0 : (int) pads[0];
        padLeft = pads == null ? 0 : (int) pads[1];
        padBottom = pads == null ? 0 : (int) pads[2];
        padRight = pads == null ? 0 : (int) pads[3];
    }

    /** Explicit or no padding: the only forms whose patches this reads. */
    static boolean supported(NodeProto conv) {
        String autoPad = conv.stringAttr("auto_pad", "NOTSET");
        return autoPad.equals("NOTSET") || autoPad.equals("VALID");
    }

    /** Values in one group's patch: input channels per group x kernel taps. */
    int size() {
        return inPerGroup * kh * kw;
    }

    /**
     * Output positions (row-major index per batch item) of a [N, C, H, W] input, evenly spaced, at
     * most about {@code max}; null when the input does not fit the convolution.
     */
    int[] positions(long[] shape, int max) {
        if (shape.length != 4 || shape[1] != (long) group * inPerGroup) return null;
        int oh = outRows(shape), ow = outCols(shape);
        if (oh <= 0 || ow <= 0) return null;
        int all = oh * ow, step = Math.max(1, all / max);
        int[] p = new int[(all + step - 1) / step];
        for (int i = 0; i < p.length; i++) p[i] = i * step;
        return p;
    }

    int outRows(long[] shape) {
        return ((int) shape[2] + padTop + padBottom - dh * (kh - 1) - 1) / sh + 1;
    }

    int outCols(long[] shape) {
        return ((int) shape[3] + padLeft + padRight - dw * (kw - 1) - 1) / sw + 1;
    }

    /**
     * Writes the patch of group {@code g} behind output position {@code p} of batch item {@code b}
     * into {@code dst} from {@code offset}; whether any of its values is non-zero.
     */
    boolean patch(float[] x, long[] shape, int b, int p, int g, double[] dst, int offset) {
        int c = (int) shape[1], h = (int) shape[2], w = (int) shape[3], ow = outCols(shape);
        int oy = p / ow, ox = p % ow, k = offset;
        boolean any = false;
        for (int ci = 0; ci < inPerGroup; ci++) {
            int plane = (b * c + g * inPerGroup + ci) * h * w;
            for (int ky = 0; ky < kh; ky++) {
                int y = oy * sh - padTop + ky * dh;
                for (int kx = 0; kx < kw; kx++, k++) {
                    int xx = ox * sw - padLeft + kx * dw;
                    double v = y < 0 || y >= h || xx < 0 || xx >= w ? 0 : x[plane + y * w + xx];
                    dst[k] = v;
                    any |= v != 0;
                }
            }
        }
        return any;
    }
}
