Feature: Caller country
  Incoming international numbers are labelled by their country code: +1 North
  America, +33 France, +34 Spain, +44 United Kingdom, +49 Germany, +61
  Australia, +353 Ireland. Any other code is labelled "Other".

  Scenario Outline: labelling a call
    Given a call from "<number>"
    When the caller is labelled
    Then the label is "<label>"

    Examples:
      | number           | label          |
      | +44 20 7946 0958 | United Kingdom |
      | +353 1 555 0142  | Ireland        |
      | +1 212 555 0187  | North America  |
      | +33123456789     | France         |
      | +49 30 901820    | Germany        |
      | +34 91 123 4567  | Spain          |
      | +61 2 9374 4000  | Australia      |
      | +39 06 6982      | Other          |
      | +351 21 000 0000 | Other          |
