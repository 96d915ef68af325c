package io.medli.recipe.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.RecipePackage;
import io.medli.recipe.Target;
import io.medli.recipe.TargetKind;

/**
 * Reading and writing {@code .medlirecipe} files: XMI, UTF-8, with a format version. A file from a
 * newer MEDLI Studio is refused with the versions named; a write goes to a temporary file that
 * replaces the recipe only once it is complete, so a failed save never leaves half a file.
 */
public final class RecipeFiles {
    public static final String EXTENSION = "medlirecipe";
    /**
     * The format this version writes and reads (and every older one it can migrate). 1: the first.
     * 2: Evaluate and Benchmark steps may name a reference model; the evolutionary search strategy.
     * A version-1 file is a version-2 file without those, so migrating it only raises its number;
     * an older MEDLI Studio refuses a version-2 file instead of misreading it.
     */
    public static final int FORMAT_VERSION = 2;

    private RecipeFiles() {
    }

    /** A new recipe with the defaults a user expects: this machine as target, the current format. */
    public static Recipe create(String name) {
        Recipe r = RecipeFactory.eINSTANCE.createRecipe();
        r.setName(name);
        r.setFormatVersion(FORMAT_VERSION);
        Target t = RecipeFactory.eINSTANCE.createTarget();
        t.setKind(TargetKind.THIS_MACHINE);
        r.setTarget(t);
        return r;
    }

    /** A resource set that reads and writes recipes (the EMF editor uses its own, set up the same way). */
    public static ResourceSet resourceSet() {
        RecipePackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(RecipePackage.eNS_URI, RecipePackage.eINSTANCE);
        return rs;
    }

    public static Recipe load(Path file) throws RecipeFileException {
        if (!Files.isRegularFile(file)) throw new RecipeFileException("no recipe at " + file + ": check the path");
        try {
            return parse(Files.readAllBytes(file), file);
        } catch (IOException e) {
            throw new RecipeFileException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Parses a recipe held in memory ({@code file} names it in messages and is the base of its relative paths). */
    public static Recipe parse(byte[] content, Path file) throws RecipeFileException {
        return parse(resourceSet(), content, file);
    }

    /** As above, into a resource of {@code rs} (an editor's editing domain); the set learns the recipe's extension and package. */
    public static Recipe parse(ResourceSet rs, byte[] content, Path file) throws RecipeFileException {
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(EXTENSION, new XMIResourceFactoryImpl());
        rs.getPackageRegistry().putIfAbsent(RecipePackage.eNS_URI, RecipePackage.eINSTANCE);
        Resource r = rs.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            r.load(new ByteArrayInputStream(content), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new RecipeFileException(file + " is not a readable recipe (" + rootCause(e) + "); open it in a text editor, or "
                    + "restore it from version control");
        }
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Recipe recipe)) {
            throw new RecipeFileException(file + " holds no recipe: its root element is not recipe:Recipe");
        }
        if (recipe.getFormatVersion() > FORMAT_VERSION) {
            throw new RecipeFileException(file + " was written by a newer MEDLI Studio (recipe format " + recipe.getFormatVersion()
                    + "; this one reads up to " + FORMAT_VERSION + "): update MEDLI Studio to open it");
        }
        recipe.setFormatVersion(FORMAT_VERSION);
        return recipe;
    }

    /** Writes {@code recipe} to {@code file} atomically: the old file stays whole until the new one is complete. */
    public static void save(Recipe recipe, Path file) throws RecipeFileException {
        byte[] bytes = serialize(recipe, file);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RecipeFileException("cannot write " + file + " (" + e.getMessage() + "); the file on disk is unchanged: "
                    + "free some space or choose another folder");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file sits beside the recipe and starts with a dot
                }
            }
        }
    }

    /** The file's bytes as {@link #save} writes them. */
    public static byte[] serialize(Recipe recipe, Path file) throws RecipeFileException {
        recipe.setFormatVersion(FORMAT_VERSION);
        Resource r = recipe.eResource();
        boolean own = r == null;
        if (own) {
            r = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            r.getContents().add(recipe);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.save(out, saveOptions());
        } catch (IOException e) {
            throw new RecipeFileException("cannot serialize the recipe: " + e.getMessage());
        } finally {
            if (own) r.getContents().remove(recipe);
        }
        return out.toByteArray();
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_LINE_WIDTH, 100);
        o.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, null);
        return o;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return o;
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
