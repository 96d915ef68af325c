/**
 */
package io.medli.recipe;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Specialize Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.SpecializeStep#getCut <em>Cut</em>}</li>
 *   <li>{@link io.medli.recipe.SpecializeStep#getHead <em>Head</em>}</li>
 *   <li>{@link io.medli.recipe.SpecializeStep#getBackboneTraining <em>Backbone Training</em>}</li>
 *   <li>{@link io.medli.recipe.SpecializeStep#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.medli.recipe.SpecializeStep#getPerClass <em>Per Class</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getSpecializeStep()
 * @model
 * @generated
 */
public interface SpecializeStep extends Step {
	/**
	 * Returns the value of the '<em><b>Cut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cut</em>' attribute.
	 * @see #setCut(String)
	 * @see io.medli.recipe.RecipePackage#getSpecializeStep_Cut()
	 * @model
	 * @generated
	 */
	String getCut();

	/**
	 * Sets the value of the '{@link io.medli.recipe.SpecializeStep#getCut <em>Cut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cut</em>' attribute.
	 * @see #getCut()
	 * @generated
	 */
	void setCut(String value);

	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * The default value is <code>"linear"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(String)
	 * @see io.medli.recipe.RecipePackage#getSpecializeStep_Head()
	 * @model default="linear"
	 * @generated
	 */
	String getHead();

	/**
	 * Sets the value of the '{@link io.medli.recipe.SpecializeStep#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(String value);

	/**
	 * Returns the value of the '<em><b>Backbone Training</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.BackboneTraining}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backbone Training</em>' attribute.
	 * @see io.medli.recipe.BackboneTraining
	 * @see #setBackboneTraining(BackboneTraining)
	 * @see io.medli.recipe.RecipePackage#getSpecializeStep_BackboneTraining()
	 * @model
	 * @generated
	 */
	BackboneTraining getBackboneTraining();

	/**
	 * Sets the value of the '{@link io.medli.recipe.SpecializeStep#getBackboneTraining <em>Backbone Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backbone Training</em>' attribute.
	 * @see io.medli.recipe.BackboneTraining
	 * @see #getBackboneTraining()
	 * @generated
	 */
	void setBackboneTraining(BackboneTraining value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see io.medli.recipe.RecipePackage#getSpecializeStep_Epochs()
	 * @model default="10"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link io.medli.recipe.SpecializeStep#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Class</em>' attribute.
	 * @see #setPerClass(int)
	 * @see io.medli.recipe.RecipePackage#getSpecializeStep_PerClass()
	 * @model
	 * @generated
	 */
	int getPerClass();

	/**
	 * Sets the value of the '{@link io.medli.recipe.SpecializeStep#getPerClass <em>Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Class</em>' attribute.
	 * @see #getPerClass()
	 * @generated
	 */
	void setPerClass(int value);

} // SpecializeStep
