Feature: Specimen tube labels
  Each tube gets the first three letters of the surname in capitals, a dash, the first
  letter of the first name, a dash and the sample number with leading zeros to four figures.
  A surname shorter than three letters is filled up with X.

  Scenario Outline: labelling a sample tube
    Given the patient's first name is "<first>"
    And the patient's surname is "<surname>"
    And the sample number is <number>
    When the tube is labelled
    Then the label reads "<label>"

    Examples:
      | first | surname | number | label      |
      | Kofi  | Mensah  | 12     | MEN-K-0012 |
      | Jo    | Ho      | 5      | HOX-J-0005 |
      | Nina  | Rossi   | 777    | ROS-N-0777 |
      | Ewan  | Bo      | 2500   | BOX-E-2500 |
      | Dara  | Kim     | 31     | KIM-D-0031 |
      | Hugo  | Lopez   | 4      | LOP-H-0004 |
