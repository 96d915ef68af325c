/**
 */
package io.medli.recipe;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distill Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.DistillStep#getStudent <em>Student</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getStudentParams <em>Student Params</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getTemperature <em>Temperature</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getPerClass <em>Per Class</em>}</li>
 *   <li>{@link io.medli.recipe.DistillStep#getAugment <em>Augment</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getDistillStep()
 * @model
 * @generated
 */
public interface DistillStep extends Step {
	/**
	 * Returns the value of the '<em><b>Student</b></em>' attribute.
	 * The default value is <code>"cnn"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Student</em>' attribute.
	 * @see #setStudent(String)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_Student()
	 * @model default="cnn"
	 * @generated
	 */
	String getStudent();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getStudent <em>Student</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Student</em>' attribute.
	 * @see #getStudent()
	 * @generated
	 */
	void setStudent(String value);

	/**
	 * Returns the value of the '<em><b>Student Params</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Student Params</em>' attribute list.
	 * @see io.medli.recipe.RecipePackage#getDistillStep_StudentParams()
	 * @model
	 * @generated
	 */
	EList<String> getStudentParams();

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_Epochs()
	 * @model default="10"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Temperature</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Temperature</em>' attribute.
	 * @see #setTemperature(double)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_Temperature()
	 * @model default="4"
	 * @generated
	 */
	double getTemperature();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getTemperature <em>Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temperature</em>' attribute.
	 * @see #getTemperature()
	 * @generated
	 */
	void setTemperature(double value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_Alpha()
	 * @model default="0.7"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Per Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Per Class</em>' attribute.
	 * @see #setPerClass(int)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_PerClass()
	 * @model
	 * @generated
	 */
	int getPerClass();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getPerClass <em>Per Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Class</em>' attribute.
	 * @see #getPerClass()
	 * @generated
	 */
	void setPerClass(int value);

	/**
	 * Returns the value of the '<em><b>Augment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Augment</em>' attribute.
	 * @see #setAugment(String)
	 * @see io.medli.recipe.RecipePackage#getDistillStep_Augment()
	 * @model
	 * @generated
	 */
	String getAugment();

	/**
	 * Sets the value of the '{@link io.medli.recipe.DistillStep#getAugment <em>Augment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Augment</em>' attribute.
	 * @see #getAugment()
	 * @generated
	 */
	void setAugment(String value);

} // DistillStep
