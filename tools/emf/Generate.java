import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates an EMF bundle's model code from its checked-in .genmodel (made from the .ecore on the
 * first run) with EMF's own generator, outside Eclipse: tools/emf/generate.sh BUNDLE_DIR NAME.
 * The generated code goes to src-gen/ and is never edited by hand.
 */
public final class Generate {
    public static void main(String[] args) throws Exception {
        File bundle = new File(args[0]).getCanonicalFile();
        String name = args[1];
        String id = bundle.getName();
        EcorePlugin.getPlatformResourceMap().put(id, URI.createFileURI(bundle.getPath() + "/"));
        // the edit code goes to the sibling bundle BUNDLE.edit
        EcorePlugin.getPlatformResourceMap().put(id + ".edit", URI.createFileURI(bundle.getPath() + ".edit/"));
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().putAll(Map.of(
                "ecore", new EcoreResourceFactoryImpl(), "genmodel", new XMIResourceFactoryImpl()));
        URI ecoreUri = URI.createPlatformResourceURI("/" + id + "/model/" + name + ".ecore", true);
        URI genUri = URI.createPlatformResourceURI("/" + id + "/model/" + name + ".genmodel", true);
        GenModel gen;
        if (new File(bundle, "model/" + name + ".genmodel").exists()) {
            gen = (GenModel) rs.getResource(genUri, true).getContents().get(0);
            gen.reconcile();
            gen.eResource().save(Map.of()); // the checked-in genmodel follows the ecore (new classes and features)
        } else {
            EPackage pkg = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);
            Resource r = rs.createResource(genUri);
            gen = org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory.eINSTANCE.createGenModel();
            r.getContents().add(gen);
            gen.setModelDirectory("/" + id + "/src-gen");
            gen.setModelPluginID(id);
            gen.setModelName(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            gen.setComplianceLevel(GenJDKLevel.JDK110_LITERAL);
            gen.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
            gen.setImportOrganizing(true);
            gen.setCodeFormatting(false);
            gen.setBundleManifest(true);
            gen.setUpdateClasspath(false);
            gen.setEditDirectory("/" + id + ".edit/src-gen");
            gen.setEditPluginID(id + ".edit");
            gen.setEditorDirectory("/" + id + ".ui/src-gen");
            gen.setEditorPluginID(id + ".ui");
            gen.getForeignModel().add(name + ".ecore");
            gen.initialize(List.of(pkg));
            GenPackage gp = gen.getGenPackages().get(0);
            gp.setBasePackage("io.medli");
            gp.setPrefix(gen.getModelName());
            gp.setFileExtensions(args.length > 2 ? args[2] : name);
            r.save(Map.of());
        }
        gen.setCanGenerate(true);
        org.eclipse.core.runtime.IStatus valid = gen.validate();
        if (valid.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) throw new IllegalStateException(valid.toString());
        Generator g = new Generator();
        g.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        g.setInput(gen);
        String what = args.length > 3 ? args[3] : "model";
        Diagnostic d = g.generate(gen, what.equals("edit") ? GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE : GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        System.out.println("generated " + what + " code: " + (d.getSeverity() == Diagnostic.OK ? "ok" : d.toString()));
        if (d.getSeverity() == Diagnostic.ERROR) System.exit(1);
    }
}
