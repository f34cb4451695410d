Feature: Till item name
  The till prints each word of the product name cut to its first four letters, in
  capitals, with single spaces between the words.

  Scenario Outline: ringing up a product
    Given the product is called "<product>"
    When it is rung up at the till
    Then the receipt shows "<receipt>"

    Examples:
      | product                     | receipt                |
      | Semi Skimmed Milk           | SEMI SKIM MILK         |
      | Wholemeal Bread             | WHOL BREA              |
      | Free Range Eggs             | FREE RANG EGGS         |
      | Cheddar                     | CHED                   |
      | Tea                         | TEA                    |
      | Baked Beans in Tomato Sauce | BAKE BEAN IN TOMA SAUC |
      | frozen peas                 | FROZ PEAS              |
      | Oat Milk                    | OAT MILK               |
      | Chocolate Digestives        | CHOC DIGE              |
