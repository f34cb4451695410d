Feature: Luggage name strip
  The label maker prints 12 characters on a strip, all in capitals. If the first name and
  surname do not fit, the first name shrinks to its initial and a full stop, and a surname that
  still does not fit is simply cut off at the end of the strip.

  Scenario Outline: printing a strip
    Given the first name "<first>"
    And the surname "<surname>"
    When the strip is printed
    Then the strip reads "<strip>"

    Examples:
      | first       | surname      | strip        |
      | Ann         | Lee          | ANN LEE      |
      | Tom         | Ng           | TOM NG       |
      | Maria       | Castle       | MARIA CASTLE |
      | Marian      | Castle       | M. CASTLE    |
      | Sam         | Greenwood    | S. GREENWOOD |
      | Christopher | Robinson     | C. ROBINSON  |
      | Francesca   | Whitfield    | F. WHITFIELD |
      | Alexandra   | Montgomery   | A. MONTGOMER |
      | Li          | Papadopoulos | L. PAPADOPOU |
