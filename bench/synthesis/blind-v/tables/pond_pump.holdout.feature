Feature: Pond pump
  The pump has to move the whole pond once every two hours, so the flow needed is half the
  pond in litres an hour, rounded up. Pick the smallest of the 2500, 5000, 8000 and 12000 l/h
  pumps that gives that flow; a pond needing more than 12000 l/h is one for a specialist.

  Scenario Outline: choosing a pump for a garden pond
    Given a pond of <litres> litres
    When a pump is chosen
    Then the flow needed is <flow> litres an hour
    And the pump is "<pump>"

    Examples:
      | litres | flow  | pump             |
      | 999    | 500   | 2500 l/h         |
      | 3000   | 1500  | 2500 l/h         |
      | 7001   | 3501  | 5000 l/h         |
      | 12345  | 6173  | 8000 l/h         |
      | 20000  | 10000 | 12000 l/h        |
      | 30000  | 15000 | ask a specialist |
