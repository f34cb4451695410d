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
      | first   | surname     | strip        |
      | Eve     | Hart        | EVE HART     |
      | Ian     | Wright      | IAN WRIGHT   |
      | Oliver  | Banks       | OLIVER BANKS |
      | Patrick | Oduya       | P. ODUYA     |
      | Rosa    | Delacroix   | R. DELACROIX |
      | Nina    | Brightwater | N. BRIGHTWAT |
