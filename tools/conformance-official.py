#!/usr/bin/env python3
# The official onnx shape inference (Debian python3-onnx, data propagation on) on the ONNX conformance
# models (Debian libonnx-testdata), scored like io.medli.onnx.tests.ConformanceSuiteTest: each graph
# output's declared shape removed, the inferred shape compared with the reference output.
# Usage: apt-get install python3-onnx libonnx-testdata; /usr/bin/python3 tools/conformance-official.py
import glob, os, sys
import onnx
from onnx import shape_inference

root = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/libonnx-testdata/data'
counts = {'exact': 0, 'unknown': 0, 'wrong': 0}
for f in sorted(glob.glob(root + '/*/*/model.onnx')):
    ds = os.path.join(os.path.dirname(f), 'test_data_set_0')
    if not os.path.isdir(ds):
        continue
    m = onnx.load(f)
    for o in m.graph.output:
        if o.type.HasField('tensor_type'):
            o.type.tensor_type.ClearField('shape')
    try:
        inferred = shape_inference.infer_shapes(m, strict_mode=False, data_prop=True)
    except Exception:
        inferred = m
    outs = {o.name: o for o in inferred.graph.output}
    for i, o in enumerate(m.graph.output):
        pb = os.path.join(ds, 'output_%d.pb' % i)
        if not os.path.exists(pb) or not o.type.HasField('tensor_type'):
            continue
        ref = onnx.TensorProto()
        try:
            ref.ParseFromString(open(pb, 'rb').read())
        except Exception:
            continue
        state = 'unknown'
        t = outs[o.name].type.tensor_type
        if t.HasField('shape'):
            dims = [d.dim_value if d.HasField('dim_value') else None for d in t.shape.dim]
            if len(dims) != len(ref.dims) or any(d is not None and d != r for d, r in zip(dims, ref.dims)):
                state = 'wrong'
            elif all(d is not None for d in dims):
                state = 'exact'
        counts[state] += 1
print('official onnx %s: %d exact, %d unknown, %d wrong' % (onnx.__version__, counts['exact'], counts['unknown'], counts['wrong']))
