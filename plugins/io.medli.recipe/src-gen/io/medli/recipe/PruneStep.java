/**
 */
package io.medli.recipe;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prune Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.PruneStep#getStructure <em>Structure</em>}</li>
 *   <li>{@link io.medli.recipe.PruneStep#getRatio <em>Ratio</em>}</li>
 *   <li>{@link io.medli.recipe.PruneStep#getNorm <em>Norm</em>}</li>
 *   <li>{@link io.medli.recipe.PruneStep#isPerLayer <em>Per Layer</em>}</li>
 *   <li>{@link io.medli.recipe.PruneStep#getExcludes <em>Excludes</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getPruneStep()
 * @model
 * @generated
 */
public interface PruneStep extends Step {
	/**
	 * Returns the value of the '<em><b>Structure</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.PruneStructure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structure</em>' attribute.
	 * @see io.medli.recipe.PruneStructure
	 * @see #setStructure(PruneStructure)
	 * @see io.medli.recipe.RecipePackage#getPruneStep_Structure()
	 * @model
	 * @generated
	 */
	PruneStructure getStructure();

	/**
	 * Sets the value of the '{@link io.medli.recipe.PruneStep#getStructure <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Structure</em>' attribute.
	 * @see io.medli.recipe.PruneStructure
	 * @see #getStructure()
	 * @generated
	 */
	void setStructure(PruneStructure value);

	/**
	 * Returns the value of the '<em><b>Ratio</b></em>' attribute.
	 * The default value is <code>"0.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratio</em>' attribute.
	 * @see #setRatio(double)
	 * @see io.medli.recipe.RecipePackage#getPruneStep_Ratio()
	 * @model default="0.3"
	 * @generated
	 */
	double getRatio();

	/**
	 * Sets the value of the '{@link io.medli.recipe.PruneStep#getRatio <em>Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ratio</em>' attribute.
	 * @see #getRatio()
	 * @generated
	 */
	void setRatio(double value);

	/**
	 * Returns the value of the '<em><b>Norm</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.Norm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Norm</em>' attribute.
	 * @see io.medli.recipe.Norm
	 * @see #setNorm(Norm)
	 * @see io.medli.recipe.RecipePackage#getPruneStep_Norm()
	 * @model
	 * @generated
	 */
	Norm getNorm();

	/**
	 * Sets the value of the '{@link io.medli.recipe.PruneStep#getNorm <em>Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Norm</em>' attribute.
	 * @see io.medli.recipe.Norm
	 * @see #getNorm()
	 * @generated
	 */
	void setNorm(Norm value);

	/**
	 * Returns the value of the '<em><b>Per Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Layer</em>' attribute.
	 * @see #setPerLayer(boolean)
	 * @see io.medli.recipe.RecipePackage#getPruneStep_PerLayer()
	 * @model
	 * @generated
	 */
	boolean isPerLayer();

	/**
	 * Sets the value of the '{@link io.medli.recipe.PruneStep#isPerLayer <em>Per Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Layer</em>' attribute.
	 * @see #isPerLayer()
	 * @generated
	 */
	void setPerLayer(boolean value);

	/**
	 * Returns the value of the '<em><b>Excludes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excludes</em>' attribute list.
	 * @see io.medli.recipe.RecipePackage#getPruneStep_Excludes()
	 * @model
	 * @generated
	 */
	EList<String> getExcludes();

} // PruneStep
