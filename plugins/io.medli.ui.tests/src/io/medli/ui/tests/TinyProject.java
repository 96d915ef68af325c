package io.medli.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;

/** A fresh workspace project holding M-LSD tiny as tiny.onnx and a few real photos in a folder, as a user's project would. */
final class TinyProject {
    private TinyProject() {
    }

    static IProject create(String name, String imageFolder, int images) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) project.delete(true, true, null);
        project.create(null);
        project.open(null);
        Path dir = project.getLocation().toFile().toPath();
        Path models = Path.of(System.getProperty("medli.models.dir", "build/models"));
        Files.copy(models.resolve("mlsd_320x320_tiny.onnx"), dir.resolve("tiny.onnx"));
        Path folder = Files.createDirectories(dir.resolve(imageFolder));
        try (var files = Files.list(models.resolveSibling("data").resolve("images").resolve("ukui"))) {
            for (Path p : files.sorted().limit(images).toList()) Files.copy(p, folder.resolve(p.getFileName()));
        }
        project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        return project;
    }
}
