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
      | 800    | 400   | 2500 l/h         |
      | 5000   | 2500  | 2500 l/h         |
      | 5001   | 2501  | 5000 l/h         |
      | 10000  | 5000  | 5000 l/h         |
      | 10001  | 5001  | 8000 l/h         |
      | 16000  | 8000  | 8000 l/h         |
      | 16001  | 8001  | 12000 l/h        |
      | 24000  | 12000 | 12000 l/h        |
      | 24001  | 12001 | ask a specialist |
