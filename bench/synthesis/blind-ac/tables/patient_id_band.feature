Feature: Patient name band
  The first line shows the surname in capitals, a comma, the first name as it was typed
  and the date of birth as day/month/year in brackets. The second line shows the hospital
  number as H and seven digits, padded with zeros.

  Scenario Outline: printing a name band
    Given the patient's first name is "<first>"
    And their surname is "<surname>"
    And they were born on "<born>"
    And their hospital number is <number>
    When the name band is printed
    Then the first line reads "<line>"
    And the second line reads "<code>"

    Examples:
      | first    | surname     | born       | number  | line                            | code     |
      | Amara    | Okafor      | 2019-03-07 | 4521    | OKAFOR, Amara (07/03/2019)      | H0004521 |
      | Tom      | o'neill     | 1958-11-30 | 87      | O'NEILL, Tom (30/11/1958)       | H0000087 |
      | Mei Ling | Chen        | 2001-01-01 | 1234567 | CHEN, Mei Ling (01/01/2001)     | H1234567 |
      | Grace    | Smith-Jones | 1947-06-15 | 30009   | SMITH-JONES, Grace (15/06/1947) | H0030009 |
      | jake     | de la Cruz  | 2024-12-09 | 5       | DE LA CRUZ, jake (09/12/2024)   | H0000005 |
      | Fatima   | Begum       | 1990-10-02 | 660120  | BEGUM, Fatima (02/10/1990)      | H0660120 |
      | Oliver   | Wright      | 2015-05-21 | 9       | WRIGHT, Oliver (21/05/2015)     | H0000009 |
      | Siobhan  | McCarthy    | 1983-02-14 | 45      | MCCARTHY, Siobhan (14/02/1983)  | H0000045 |
      | Piotr    | Nowak       | 1972-08-08 | 807     | NOWAK, Piotr (08/08/1972)       | H0000807 |
