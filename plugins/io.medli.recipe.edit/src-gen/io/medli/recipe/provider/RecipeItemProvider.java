/**
 */
package io.medli.recipe.provider;


import io.medli.recipe.Recipe;
import io.medli.recipe.RecipeFactory;
import io.medli.recipe.RecipePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.medli.recipe.Recipe} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RecipeItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecipeItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addSourceModelPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recipe_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recipe_formatVersion_feature", "_UI_Recipe_type"),
				 RecipePackage.Literals.RECIPE__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recipe_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recipe_name_feature", "_UI_Recipe_type"),
				 RecipePackage.Literals.RECIPE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recipe_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recipe_description_feature", "_UI_Recipe_type"),
				 RecipePackage.Literals.RECIPE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Recipe_sourceModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Recipe_sourceModel_feature", "_UI_Recipe_type"),
				 RecipePackage.Literals.RECIPE__SOURCE_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__DATA_SETS);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__TARGET);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__GOALS);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__STEPS);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__VARIANTS);
			childrenFeatures.add(RecipePackage.Literals.RECIPE__SEARCH);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Recipe.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Recipe"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Recipe)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Recipe_type") :
			getString("_UI_Recipe_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Recipe.class)) {
			case RecipePackage.RECIPE__FORMAT_VERSION:
			case RecipePackage.RECIPE__NAME:
			case RecipePackage.RECIPE__DESCRIPTION:
			case RecipePackage.RECIPE__SOURCE_MODEL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case RecipePackage.RECIPE__DATA_SETS:
			case RecipePackage.RECIPE__TARGET:
			case RecipePackage.RECIPE__GOALS:
			case RecipePackage.RECIPE__STEPS:
			case RecipePackage.RECIPE__VARIANTS:
			case RecipePackage.RECIPE__SEARCH:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__DATA_SETS,
				 RecipeFactory.eINSTANCE.createDataSet()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__TARGET,
				 RecipeFactory.eINSTANCE.createTarget()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__GOALS,
				 RecipeFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createSpecializeStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createDistillStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createPruneStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createRetrainStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createQuantizeStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createOptimizeStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createEvaluateStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__STEPS,
				 RecipeFactory.eINSTANCE.createBenchmarkStep()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__VARIANTS,
				 RecipeFactory.eINSTANCE.createVariant()));

		newChildDescriptors.add
			(createChildParameter
				(RecipePackage.Literals.RECIPE__SEARCH,
				 RecipeFactory.eINSTANCE.createSearch()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RecipeEditPlugin.INSTANCE;
	}

}
